// @vitest-environment happy-dom
// Sharing one verdict as text, exporting the page's verdicts as ClaimReview JSON-LD, and the
// dataset's review date in the side panel and the popup.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { shareText } from '../../lib/share-text';
import type { ClaimReview } from '../../lib/claimreview';
import { SidePanelView } from '../../lib/ui/apps/side-panel-view';
import { PopupView } from '../../lib/ui/apps/popup-view';
import { ExportButton, exportFileName } from '../../lib/ui/components/export-button';
import { ShareButton } from '../../lib/ui/components/share-button';
import type { TabState } from '../../lib/messages';
import { GUIDANCE, PAGE_CLAIMS, REGULATION, claim, renderIn, tabState } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const PAGE = 'https://news.example.cn/a';

describe('shareText', () => {
  const atm = claim('misleading', '医保卡可以在ATM取现', { sources: [REGULATION, GUIDANCE], explanation: { zh: '不能这样取现。', en: 'It cannot be withdrawn.' } });

  it('gives the quote, the verdict, why, the sources (title, 文号, address where known) and the page, in Chinese', () => {
    expect(shareText(atm, PAGE, 'zh')).toBe(
      [
        '“医保卡可以在ATM取现”',
        '结论：误导',
        '说明：不能这样取现。',
        '依据：',
        `《医疗保障基金使用监督管理条例》国务院令第735号 ${REGULATION.url}`,
        '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》国办发〔2021〕14号',
        `网页：${PAGE}`,
        '——医保核查',
      ].join('\n'),
    );
  });

  it('speaks the interface language, keeping the page’s own words', () => {
    expect(shareText(atm, PAGE, 'en').split('\n')).toEqual([
      '“医保卡可以在ATM取现”',
      'Verdict: Misleading',
      'Why: It cannot be withdrawn.',
      'Sources:',
      `《医疗保障基金使用监督管理条例》国务院令第735号 ${REGULATION.url}`,
      '《国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》国办发〔2021〕14号',
      `Page: ${PAGE}`,
      '— Yibao Check (医保核查)',
    ]);
  });

  it('leaves out an address that is not http(s), a missing 文号 and an unknown page', () => {
    const odd = claim('accurate', '不能取现', { sources: [{ ...GUIDANCE, docNumber: '', title: '《热线》', url: 'javascript:alert(1)' }] });
    const lines = shareText(odd, '', 'zh').split('\n');
    expect(lines).toContain('《热线》');
    expect(lines.join('\n')).not.toContain('javascript');
    expect(lines.some((l) => l.startsWith('网页'))).toBe(false);
  });
});

describe('share button', () => {
  it('is on every side-panel item and copies that claim’s text, then says it is copied', async () => {
    const writeText = vi.fn(async (_: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const state = tabState();
    const { container } = renderIn('zh', <SidePanelView state={state} focus={null} region={null} onShow={() => {}} />);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-verdict] button[data-action="share"]')];
    expect(buttons).toHaveLength(PAGE_CLAIMS.length);
    expect(buttons[2]!.textContent).toBe('复制分享');
    fireEvent.click(buttons[2]!);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText).toHaveBeenCalledWith(shareText(PAGE_CLAIMS[2]!, state.url, 'zh'));
    await waitFor(() => expect(container.querySelectorAll('[data-index="2"] [role="status"]')[0]!.textContent).toBe('已复制'));
  });

  it('copies with execCommand where the Clipboard API refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('not allowed')) } });
    let copied = '';
    (document as { execCommand?: unknown }).execCommand = vi.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement | null)?.value ?? document.querySelector('textarea')!.value;
      return true;
    });
    renderIn('en', <ShareButton claim={PAGE_CLAIMS[0]!} pageUrl={PAGE} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy to share' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(copied).toBe(shareText(PAGE_CLAIMS[0]!, PAGE, 'en'));
    expect(document.querySelector('textarea')).toBeNull();
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('says so when nothing could be copied', async () => {
    renderIn('zh', <ShareButton claim={PAGE_CLAIMS[0]!} pageUrl={PAGE} copy={async () => false} />);
    fireEvent.click(screen.getByRole('button', { name: '复制分享' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('无法复制'));
  });
});

describe('ClaimReview export', () => {
  it('saves one review per claim of the page, all verdicts whatever the filter, as a .jsonld file', () => {
    const save = vi.fn();
    renderIn('zh', <ExportButton claims={PAGE_CLAIMS} pageUrl={PAGE} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: '导出本页结论（ClaimReview JSON-LD）' }));
    expect(save).toHaveBeenCalledTimes(1);
    const [name, text] = save.mock.calls[0] as [string, string];
    expect(name).toMatch(/^yibao-check-news\.example\.cn-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const reviews = JSON.parse(text) as ClaimReview[];
    expect(reviews.map((r) => r.claimReviewed)).toEqual(PAGE_CLAIMS.map((c) => c.text));
    expect(reviews.map((r) => r.reviewRating.alternateName)).toEqual(['误导', '准确', '违法', '误导', '因地而异']);
    expect(new Set(reviews.map((r) => r.itemReviewed.appearance.url))).toEqual(new Set([PAGE]));
  });

  it('names the file without a host where the page has none', () => {
    expect(exportFileName('file:///tmp/a.html', '2026-11-25')).toBe('yibao-check-2026-11-25.jsonld');
  });

  it('is offered in the side panel only when the page has claims', () => {
    const view = (state: TabState) => renderIn('zh', <SidePanelView state={state} focus={null} region={null} onShow={() => {}} />);
    expect(view(tabState()).container.querySelector('[data-action="export-claimreview"]')).not.toBeNull();
    cleanup();
    expect(view(tabState([])).container.querySelector('[data-action="export-claimreview"]')).toBeNull();
  });
});

describe('dataset review date', () => {
  /** The newest `reviewed` date of data/entries/*.json, read here independently of the build. */
  const newest = (() => {
    const dir = join(__dirname, '..', '..', 'data', 'entries');
    const dates = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { entries: { reviewed: string }[] }).entries.map((e) => e.reviewed));
    return dates.sort().at(-1)!;
  })();

  it('shows in the side panel, whatever the tab’s state, in both languages', () => {
    const zh = renderIn('zh', <SidePanelView state={null} focus={null} region={null} onShow={() => {}} />);
    expect(zh.container.querySelector('.dataset-date')!.textContent).toBe(`数据核对于 ${newest}`);
    expect(zh.container.querySelector('.dataset-date time')!.getAttribute('datetime')).toBe(newest);
    cleanup();
    const en = renderIn('en', <SidePanelView state={tabState()} focus={null} region={null} onShow={() => {}} />);
    expect(en.container.querySelector('.dataset-date')!.textContent).toBe(`Data reviewed ${newest}`);
  });

  it('shows in the popup', () => {
    const { container } = renderIn(
      'zh',
      <PopupView
        lookup={() => ({ notice: null, items: [] })}
        state={tabState()}
        hostname="news.example.cn"
        siteOn
        offEverywhere={false}
        onToggleSite={() => {}}
        onOpenOptions={() => {}}
      />,
    );
    expect(container.querySelector('.dataset-date')!.textContent).toBe(`数据核对于 ${newest}`);
  });
});
