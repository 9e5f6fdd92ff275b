// @vitest-environment happy-dom
// The city field saves as the reader types, once they pause, and says so beside the field.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '../fakes/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../../lib/settings';
import { CITY_SAVE_MS, OptionsView } from '../../lib/ui/apps/options-view';
import { OptionsApp } from '../../lib/ui/apps/options-app';
import { renderIn } from './helpers';
import { advance, settle } from './settle';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const cityField = () => screen.getByLabelText('城市（可不填）') as HTMLInputElement;

describe('the city field', () => {
  it('saves about 400 ms after the last keystroke, once, without Enter or leaving the field', async () => {
    vi.useFakeTimers();
    expect(CITY_SAVE_MS).toBeGreaterThanOrEqual(300);
    expect(CITY_SAVE_MS).toBeLessThanOrEqual(500);
    const save = vi.fn(async (_: Partial<Settings>) => {});
    renderIn('zh', <OptionsView settings={{ ...DEFAULT_SETTINGS, region: { province: '山东省' } }} save={save} />);
    fireEvent.input(cityField(), { target: { value: '威' } });
    await advance(CITY_SAVE_MS - 100);
    fireEvent.input(cityField(), { target: { value: '威海市 ' } });
    await advance(CITY_SAVE_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await advance(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ region: { province: '山东省', city: '威海市' } });
    // Leaving the field afterwards saves nothing more.
    fireEvent.change(cityField());
    await advance(CITY_SAVE_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('still saves at once on Enter, and not again when the pause runs out', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_: Partial<Settings>) => {});
    renderIn('zh', <OptionsView settings={{ ...DEFAULT_SETTINGS, region: { province: '山东省' } }} save={save} />);
    fireEvent.input(cityField(), { target: { value: '烟台市' } });
    fireEvent.keyDown(cityField(), { key: 'Enter' });
    expect(save).toHaveBeenLastCalledWith({ region: { province: '山东省', city: '烟台市' } });
    await advance(CITY_SAVE_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never saves a city typed just before the province changed under the old province', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (_: Partial<Settings>) => {});
    renderIn('zh', <OptionsView settings={{ ...DEFAULT_SETTINGS, region: { province: '山东省', city: '威海市' } }} save={save} />);
    fireEvent.input(cityField(), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('省份'), { target: { value: '广东省' } });
    await advance(CITY_SAVE_MS * 2);
    expect(save.mock.calls).toEqual([[{ region: { province: '广东省' } }]]);
  });

  it('with extension storage: stores the city, says 已保存 beside the field, and keeps what is typed after it', async () => {
    vi.useFakeTimers();
    await saveSettings({ region: { province: '山东省' } });
    render(<OptionsApp />);
    await settle();
    fireEvent.input(cityField(), { target: { value: '威海市' } });
    await advance(CITY_SAVE_MS - 1);
    expect((await loadSettings()).region).toEqual({ province: '山东省' });
    await advance(1);
    expect((await loadSettings()).region).toEqual({ province: '山东省', city: '威海市' });
    expect(document.getElementById('city-saved')!.textContent).toBe('✓ 已保存');
    expect(cityField().getAttribute('aria-describedby')).toBe('city-saved');
    // The page-wide status is for the other settings.
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.input(cityField(), { target: { value: '威海市环翠区' } });
    await settle();
    expect(cityField().value).toBe('威海市环翠区');
  });
});
