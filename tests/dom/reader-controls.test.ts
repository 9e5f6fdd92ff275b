// @vitest-environment happy-dom
// The page layer's side of the reader's controls: dismissed claims are neither marked nor
// reported, the card dismisses (with an undo) and reports a wrong verdict, and the marks hide and
// come back while the claims are still reported.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../lib/engine';
import { Annotator, type AnnotatorOptions } from '../../lib/dom/annotator';
import type { SuggestedVerdict } from '../../lib/verdict-report';
import { fakeAnalyze } from './fake-analyze';

const HTML = '<p>医保卡不能取现。</p><p>有人说医保卡可以取现。</p>';

let current: Annotator | null = null;
function annotator(options: Partial<AnnotatorOptions> = {}) {
  const reports: Claim[][] = [];
  const dismissals: [string, boolean][] = [];
  const verdictReports: [string, SuggestedVerdict, string][] = [];
  const a = new Annotator(document, {
    analyze: fakeAnalyze,
    report: (c) => reports.push(c),
    openDetails: () => {},
    extract: { isHidden: (el) => el.hasAttribute('hidden') },
    pause: async () => {},
    dismiss: (claim, undo) => dismissals.push([claim.text, undo]),
    reportVerdict: (claim, suggested, comment) => verdictReports.push([claim.text, suggested, comment]),
    ...options,
  });
  current = a;
  return { a, reports, dismissals, verdictReports };
}

const marked = (): string[] => [...document.querySelectorAll('mark')].map((m) => `${m.getAttribute('data-claim-verdict')}:${m.textContent}`);
const root = () => document.querySelector('yibao-check-card')!.shadowRoot!;
const card = () => root().querySelector('.card') as HTMLElement;
const button = (action: string) => root().querySelector(`button[data-action="${action}"]`) as HTMLButtonElement;

/** Shows the card of the misleading claim, as the keyboard command does. */
async function showMisleading(a: Annotator): Promise<void> {
  a.reveal(1);
  await vi.advanceTimersByTimeAsync(500);
}

afterEach(() => {
  current?.stop();
  current = null;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('dismissed claims', () => {
  it('are neither marked nor reported when the page is checked', async () => {
    document.body.innerHTML = HTML;
    const { a, reports } = annotator({ dismissed: ['医保卡可以取现'] });
    await a.start();
    expect(reports.at(-1)!.map((c) => c.text)).toEqual(['医保卡不能取现']);
    expect(marked()).toEqual(['accurate:医保卡不能取现']);
  });

  it('go and come back as storage changes, without reading the page again', async () => {
    document.body.innerHTML = HTML;
    const analyze = vi.fn(fakeAnalyze);
    const { a, reports } = annotator({ analyze });
    await a.start();
    a.setDismissed(['医保卡不能取现']);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['misleading']);
    expect(marked()).toEqual(['misleading:医保卡可以取现']);
    a.setDismissed([]);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
    expect(marked()).toHaveLength(2);
    expect(analyze).toHaveBeenCalledTimes(1);
    // The same set again changes nothing and reports nothing.
    const n = reports.length;
    a.setDismissed([]);
    expect(reports).toHaveLength(n);
  });
});

describe('the card’s dismiss button', () => {
  it('removes the claim at once, offers an undo, and has both stored', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = HTML;
    const { a, reports, dismissals } = annotator();
    await a.start();
    await showMisleading(a);
    expect(button('dismiss').textContent).toBe('隐藏');
    button('dismiss').click();
    expect(marked()).toEqual(['accurate:医保卡不能取现']);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate']);
    expect(dismissals).toEqual([['医保卡可以取现', false]]);
    // The card stays as a notice with an undo, which has the keyboard focus.
    expect(card().hidden).toBe(false);
    expect(card().getAttribute('data-mode')).toBe('notice');
    expect(root().querySelector('.notice')!.textContent).toBe('已隐藏撤销');
    expect(root().activeElement).toBe(button('undo'));
    button('undo').click();
    expect(marked()).toHaveLength(2);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
    expect(dismissals).toEqual([
      ['医保卡可以取现', false],
      ['医保卡可以取现', true],
    ]);
    expect(card().hidden).toBe(true);
  });

  it('leaves the notice a few seconds, then the card goes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = HTML;
    const { a } = annotator();
    await a.start();
    await showMisleading(a);
    button('dismiss').click();
    await vi.advanceTimersByTimeAsync(9000);
    expect(card().hidden).toBe(true);
  });

  it('is not offered where the content script takes no dismissals', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = HTML;
    const { a } = annotator({ dismiss: undefined, reportVerdict: undefined });
    await a.start();
    await showMisleading(a);
    expect(root().querySelector('[data-action="dismiss"], [data-action="report"]')).toBeNull();
  });
});

describe('the card’s report form', () => {
  it('records the verdict the reader believes right and a comment, and stays open while the reader writes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = HTML;
    const { a, verdictReports } = annotator();
    await a.start();
    await showMisleading(a);
    button('report').click();
    expect(card().getAttribute('data-mode')).toBe('form');
    const select = root().querySelector('select') as HTMLSelectElement;
    expect(root().activeElement).toBe(select);
    // Our own verdict is not among the choices.
    expect([...select.options].map((o) => o.textContent)).toEqual(['请选择', '准确', '因地而异', '违法', '不是一条说法']);
    // Scrolling the page keeps the form.
    document.dispatchEvent(new Event('scroll'));
    expect(card().hidden).toBe(false);
    // Submitting without a choice records nothing.
    (root().querySelector('form') as HTMLFormElement).requestSubmit();
    expect(verdictReports).toEqual([]);
    select.value = 'not-a-claim';
    (root().querySelector('textarea') as HTMLTextAreaElement).value = '这是标题';
    button('send-report').click();
    expect(verdictReports).toEqual([['医保卡可以取现', 'not-a-claim', '这是标题']]);
    expect(root().querySelector('.notice')!.textContent).toBe('已记录，谢谢。可在设置页导出。');
    // A report leaves the claim marked.
    expect(marked()).toHaveLength(2);
  });

  it('keeps the reader’s typing from the page, and closes on Escape or cancel', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = HTML;
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const { a, verdictReports } = annotator();
    await a.start();
    await showMisleading(a);
    button('report').click();
    const textarea = root().querySelector('textarea')!;
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card().getAttribute('data-mode')).toBeNull();
    expect(root().activeElement).toBe(button('report'));
    button('report').click();
    button('cancel-report').click();
    expect(root().querySelector('form')).toBeNull();
    expect(verdictReports).toEqual([]);
    document.removeEventListener('keydown', pageKeys);
  });
});

describe('hiding the marks', () => {
  it('takes every mark and the card away but still reports the claims, and brings them back', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = HTML;
    const { a, reports } = annotator();
    await a.start();
    await showMisleading(a);
    a.marksHidden = true;
    expect(a.marksHidden).toBe(true);
    expect(marked()).toEqual([]);
    expect(card().hidden).toBe(true);
    expect(a.claims.map((c) => c.verdict)).toEqual(['accurate', 'misleading']);
    // Content added meanwhile is read, and stays unmarked.
    const p = document.createElement('p');
    p.textContent = '网友：医保卡可以取现。';
    document.body.appendChild(p);
    await vi.advanceTimersByTimeAsync(2000);
    expect(reports.at(-1)!.map((c) => c.verdict)).toEqual(['accurate', 'misleading', 'misleading']);
    expect(marked()).toEqual([]);
    a.marksHidden = false;
    expect(marked()).toEqual(['accurate:医保卡不能取现', 'misleading:医保卡可以取现', 'misleading:医保卡可以取现']);
    expect(document.body.textContent).toBe('医保卡不能取现。有人说医保卡可以取现。网友：医保卡可以取现。');
  });
});
