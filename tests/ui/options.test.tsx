// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser, browserState } from '../fakes/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { OptionsView } from '../../lib/ui/apps/options-view';
import { OptionsApp } from '../../lib/ui/apps/options-app';
import { PROVINCES } from '../../lib/ui/helpers/provinces';
import { renderIn } from './helpers';
import { settle } from './settle';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const view = (settings: Partial<Settings> = {}) => {
  const save = vi.fn(async (_: Partial<Settings>) => {});
  renderIn('zh', <OptionsView settings={{ ...DEFAULT_SETTINGS, ...settings }} save={save} />);
  return save;
};

describe('options view', () => {
  it('offers the 31 provincial-level divisions, each once, after "not set"', () => {
    view();
    const options = [...(screen.getByLabelText('省份') as HTMLSelectElement).options];
    expect(options).toHaveLength(32);
    expect(options[0]!.value).toBe('');
    const values = options.slice(1).map((o) => o.value);
    expect(new Set(values).size).toBe(31);
    expect(values).toEqual(PROVINCES.map((p) => p.zh));
    expect(values).toEqual(expect.arrayContaining(['北京市', '新疆维吾尔自治区', '广西壮族自治区', '海南省']));
  });

  it('saves a province at once, and clears the region with "not set"', () => {
    const save = view();
    fireEvent.change(screen.getByLabelText('省份'), { target: { value: '广东省' } });
    expect(save).toHaveBeenLastCalledWith({ region: { province: '广东省' } });
    fireEvent.change(screen.getByLabelText('省份'), { target: { value: '' } });
    expect(save).toHaveBeenLastCalledWith({ region: null });
  });

  it('saves a free-text city with its province when the field is left', () => {
    const save = view({ region: { province: '山东省' } });
    const city = screen.getByLabelText('城市（可不填）') as HTMLInputElement;
    fireEvent.input(city, { target: { value: ' 威海市 ' } });
    expect(save).not.toHaveBeenCalled();
    fireEvent.change(city);
    expect(save).toHaveBeenLastCalledWith({ region: { province: '山东省', city: '威海市' } });
  });

  it('keeps the city field disabled until a province is chosen', () => {
    view();
    expect((screen.getByLabelText('城市（可不填）') as HTMLInputElement).disabled).toBe(true);
  });

  it('switches annotation off everywhere', () => {
    const save = view();
    fireEvent.click(screen.getByRole('switch', { name: '在网页上自动标注' }));
    expect(save).toHaveBeenLastCalledWith({ enabled: false });
  });

  it('lists turned-off sites, each with its own remove button', () => {
    const save = view({ disabledSites: ['a.example.cn', 'b.example.cn'] });
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.hostname')!.textContent)).toEqual(['a.example.cn', 'b.example.cn']);
    fireEvent.click(screen.getByRole('button', { name: '移除 b.example.cn' }));
    expect(save).toHaveBeenLastCalledWith({ disabledSites: ['a.example.cn'] });
  });

  it('says when no site is turned off', () => {
    view();
    expect(screen.queryAllByRole('button', { name: /移除/ })).toHaveLength(0);
    expect(screen.getByRole('heading', { name: '已关闭标注的网站' }).nextElementSibling!.textContent).toBe('没有');
  });
});

describe('options page with extension storage', () => {
  it('persists a change and confirms it', async () => {
    render(<OptionsApp />);
    await settle();
    fireEvent.change(screen.getByLabelText('省份'), { target: { value: '四川省' } });
    await settle();
    expect((await loadSettings()).region).toEqual({ province: '四川省' });
    expect(screen.getByRole('status').textContent).toContain('已保存');
  });

  it('switches the whole page to English when the language is changed, and back', async () => {
    render(<OptionsApp />);
    await settle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('医保核查设置');
    expect(document.documentElement.lang).toBe('zh-CN');
    fireEvent.change(screen.getByLabelText('界面语言'), { target: { value: 'en' } });
    await settle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Yibao Check settings');
    expect(screen.getByLabelText('Province')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Yibao Check settings');
    fireEvent.change(screen.getByLabelText('Interface language'), { target: { value: 'zh_CN' } });
    await settle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('医保核查设置');
  });

  it('follows the browser language for "auto", and changes made elsewhere', async () => {
    browserState.uiLanguage = 'en-US';
    render(<OptionsApp />);
    await settle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Yibao Check settings');
    // The popup turns a site off while the options page is open.
    await act(async () => {
      await saveSettings({ disabledSites: ['c.example.cn'] });
    });
    expect(screen.getByRole('button', { name: 'Remove c.example.cn' })).toBeTruthy();
  });
});
