// @vitest-environment happy-dom
// The reader's controls on the options page: paused sites, and the wrong-verdict reports kept in storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { fakeBrowser } from '../fakes/fake-browser';
import { DEFAULT_SETTINGS, endOfDay, type Settings } from '../../lib/settings';
import { addReport, loadReports } from '../../lib/report-store';
import type { VerdictReport } from '../../lib/verdict-report';
import { OptionsView } from '../../lib/ui/apps/options-view';
import { OptionsApp } from '../../lib/ui/apps/options-app';
import { ReportList, reportsFileName } from '../../lib/ui/components/report-list';
import { renderIn } from './helpers';
import { settle } from './settle';

const URL_A = 'https://news.example.cn/a';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options: paused sites', () => {
  const view = (settings: Partial<Settings>) => {
    const save = vi.fn(async (_: Partial<Settings>) => {});
    renderIn('zh', <OptionsView settings={{ ...DEFAULT_SETTINGS, ...settings }} save={save} />);
    return save;
  };

  it('lists a paused site among the sites off, with when its pause runs out, and removes the pause', () => {
    const until = endOfDay(Date.now());
    const save = view({ disabledSites: ['a.example.cn'], pausedSites: { 'p.example.cn': until, 'old.example.cn': Date.now() - 1 } });
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.hostname')!.textContent)).toEqual(['a.example.cn', 'p.example.cn']);
    expect(items[1]!.querySelector('.paused-until')!.textContent).toMatch(/暂停到 \d+月\d+日 00:00/);
    fireEvent.click(screen.getByRole('button', { name: '移除 p.example.cn' }));
    expect(save).toHaveBeenLastCalledWith({ pausedSites: {} });
  });
});

const REPORTS: VerdictReport[] = [
  { at: '2026-11-25T08:30:00.000Z', url: URL_A, quote: '医保卡可以在ATM取现', verdict: 'misleading', entry: 'atm-counter-withdrawal', suggested: 'accurate', comment: '我们这里可以' },
  { at: '2026-11-25T09:00:00.000Z', url: URL_A, quote: '收医保卡余额', verdict: 'illegal', entry: 'x', suggested: 'not-a-claim', comment: '' },
];

describe('options: reports', () => {
  it('lists the reports newest first, with both verdicts, the comment, the page and the time', () => {
    renderIn('zh', <ReportList reports={REPORTS} onClear={() => {}} />);
    const items = within(screen.getByRole('list', { name: '结论报错' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('blockquote')!.textContent)).toEqual(['收医保卡余额', '医保卡可以在ATM取现']);
    expect(items[1]!.textContent).toContain('本扩展的结论：误导 → 读者认为：准确');
    expect(items[1]!.textContent).toContain('说明：我们这里可以');
    expect(items[0]!.textContent).toContain('读者认为：不是一条说法');
    expect(items[0]!.querySelector('.report-url')!.textContent).toBe(URL_A);
  });

  it('exports them as a JSON file, copies them as text, and clears them after a confirmation', async () => {
    const save = vi.fn();
    const copy = vi.fn(async (_: string) => true);
    const onClear = vi.fn();
    renderIn('zh', <ReportList reports={REPORTS} onClear={onClear} save={save} copy={copy} />);
    fireEvent.click(screen.getByRole('button', { name: '导出 JSON 文件' }));
    const [name, text] = save.mock.calls[0]!;
    expect(name).toBe(reportsFileName());
    expect(name).toMatch(/^yibao-check-reports-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(text).reports).toEqual(REPORTS);
    fireEvent.click(screen.getByRole('button', { name: '复制为文本' }));
    await settle();
    expect(copy.mock.calls[0]![0]).toContain('原文: 医保卡可以在ATM取现');
    expect(screen.getByRole('status').textContent).toBe('✓ 已复制');
    fireEvent.click(screen.getByRole('button', { name: '清除全部报告' }));
    expect(onClear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '确认清除' }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('shows the text to copy by hand where the clipboard refuses', async () => {
    renderIn('en', <ReportList reports={REPORTS} onClear={() => {}} copy={async () => false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await settle();
    expect(screen.getByRole('status').textContent).toContain('Could not copy');
    expect((screen.getByRole('textbox', { name: 'Copy as text' }) as HTMLTextAreaElement).value).toContain('Quote: 医保卡可以在ATM取现');
  });

  it('on the options page, follow storage and clear it', async () => {
    render(<OptionsApp />);
    await settle();
    expect(screen.getByText('还没有报告。')).toBeTruthy();
    await act(async () => {
      await addReport(REPORTS[0]!);
    });
    expect(screen.getAllByRole('listitem').some((li) => li.textContent!.includes('医保卡可以在ATM取现'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '清除全部报告' }));
    fireEvent.click(screen.getByRole('button', { name: '确认清除' }));
    await settle();
    expect(await loadReports()).toEqual([]);
    expect(screen.getByText('还没有报告。')).toBeTruthy();
  });
});
