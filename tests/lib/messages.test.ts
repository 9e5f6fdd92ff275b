import { describe, expect, it } from 'vitest';
import { allowedFrom, ownPage, parseMessage, senderRole, MAX_CLAIMS, type Message } from '../../lib/messages';
import { coerceSettings, isEnabledFor } from '../../lib/settings';
import { analyze } from '../../lib/engine';

const [claim] = analyze('医保卡可以在ATM取现。');

describe('parseMessage', () => {
  it('accepts well-formed messages', () => {
    expect(parseMessage({ type: 'content/claims', url: 'https://a.cn/', status: 'ok', claims: [claim] })?.type).toBe('content/claims');
    expect(parseMessage({ type: 'page/reveal', tabId: 3, index: 0 })).toEqual({ type: 'page/reveal', tabId: 3, index: 0 });
    expect(parseMessage({ type: 'reader/open-panel', index: 2 })).toEqual({ type: 'reader/open-panel', tabId: undefined, index: 2 });
    expect(parseMessage({ type: 'background/step', direction: -1 })).toEqual({ type: 'background/step', direction: -1 });
    expect(parseMessage({ type: 'background/report', extra: 1 })).toEqual({ type: 'background/report' });
    expect(parseMessage({ type: 'content/claims', url: 'https://a.cn/', status: 'ok', claims: [], marksHidden: true })?.type).toBe('content/claims');
    expect(parseMessage({ type: 'reader/dismiss', url: 'https://a.cn/p', text: '医保卡可以取现', undo: false, extra: 1 })).toEqual({
      type: 'reader/dismiss',
      url: 'https://a.cn/p',
      text: '医保卡可以取现',
      undo: false,
    });
    const report = { type: 'reader/report-verdict', url: 'https://a.cn/p', quote: '医保卡可以取现', verdict: 'misleading', entry: 'x', suggested: 'not-a-claim', comment: '' };
    expect(parseMessage(report)).toEqual(report);
    expect(parseMessage({ type: 'reader/toggle-marks', tabId: 4 })).toEqual({ type: 'reader/toggle-marks', tabId: 4 });
  });

  it('rejects malformed dismissals, reports and toggles', () => {
    expect(parseMessage({ type: 'reader/dismiss', url: 'https://a.cn/', text: '', undo: false })).toBeNull();
    expect(parseMessage({ type: 'reader/dismiss', url: 'https://a.cn/', text: 'x', undo: 'no' })).toBeNull();
    const report = { type: 'reader/report-verdict', url: 'https://a.cn/p', quote: 'q', verdict: 'misleading', entry: 'x', suggested: 'accurate', comment: '' };
    expect(parseMessage({ ...report, suggested: 'wrong' })).toBeNull();
    expect(parseMessage({ ...report, verdict: 'not-a-claim' })).toBeNull();
    expect(parseMessage({ ...report, comment: 'x'.repeat(1001) })).toBeNull();
    expect(parseMessage({ ...report, quote: '' })).toBeNull();
    expect(parseMessage({ type: 'reader/toggle-marks' })).toBeNull();
    expect(parseMessage({ type: 'content/claims', url: 'x', status: 'ok', claims: [], marksHidden: 'yes' })).toBeNull();
  });

  it('rejects anything else: unknown types, wrong fields, forged claims, oversized lists', () => {
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage('claims')).toBeNull();
    expect(parseMessage({ type: 'eval', code: 'alert(1)' })).toBeNull();
    expect(parseMessage({ type: 'page/reveal', tabId: -1, index: 0 })).toBeNull();
    expect(parseMessage({ type: 'page/reveal', tabId: 1, index: 1.5 })).toBeNull();
    expect(parseMessage({ type: 'page/get-tab-state', tabId: '1' })).toBeNull();
    expect(parseMessage({ type: 'background/step', direction: 2 })).toBeNull();
    const forged = { ...claim, verdict: 'fine' };
    expect(parseMessage({ type: 'content/claims', url: 'x', status: 'ok', claims: [forged] })).toBeNull();
    expect(parseMessage({ type: 'content/claims', url: 'x', status: 'ok', claims: [{ ...claim, explanation: '<b>x</b>' }] })).toBeNull();
    const many = Array.from({ length: MAX_CLAIMS + 1 }, () => claim);
    expect(parseMessage({ type: 'content/claims', url: 'x', status: 'ok', claims: many })).toBeNull();
  });
});

describe('tab-state', () => {
  const state = { tabId: 1, url: 'https://a.cn/', status: 'ok', claims: [claim] };
  it('accepts a full state, its focus and its numbers', () => {
    expect(parseMessage({ type: 'background/tab-state', state })?.type).toBe('background/tab-state');
    const counts = { accurate: 0, 'region-dependent': 0, misleading: 3000, illegal: 0 };
    const full = { ...state, focus: { index: 0, selection: '医保' }, marksHidden: true, total: 3000, counts };
    expect(parseMessage({ type: 'background/tab-state', state: full })).toEqual({ type: 'background/tab-state', state: full });
  });

  it('checks the url, the status, the focus and the claim cap', () => {
    expect(parseMessage({ type: 'background/tab-state', state: { ...state, url: 3 } })).toBeNull();
    expect(parseMessage({ type: 'background/tab-state', state: { ...state, status: 'done' } })).toBeNull();
    expect(parseMessage({ type: 'background/tab-state', state: { ...state, focus: { index: -1 } } })).toBeNull();
    expect(parseMessage({ type: 'background/tab-state', state: { ...state, focus: { selection: 'x'.repeat(5001) } } })).toBeNull();
    expect(parseMessage({ type: 'background/tab-state', state: { ...state, focus: 'x' } })).toBeNull();
    const many = Array.from({ length: MAX_CLAIMS + 1 }, () => claim);
    expect(parseMessage({ type: 'background/tab-state', state: { ...state, claims: many } })).toBeNull();
    expect(parseMessage({ type: 'background/tab-state', state: { ...state, total: 0 } })).toBeNull();
  });

  it('keeps the fields of a claim it does not check', () => {
    const m = parseMessage({ type: 'content/claims', url: 'x', status: 'ok', claims: [claim] });
    expect(m?.type === 'content/claims' && m.claims[0]).toEqual(claim);
  });
});

describe('senderRole and allowedFrom', () => {
  const ID = 'abc';
  const ORIGIN = 'chrome-extension://abc/';
  it('tells the extension’s pages from content scripts, and refuses everyone else', () => {
    expect(senderRole({ id: ID, url: 'chrome-extension://abc/sidepanel.html' }, ID, ORIGIN)).toBe('extension');
    // The popup opened as a tab is still an extension page.
    expect(senderRole({ id: ID, url: 'chrome-extension://abc/popup.html', tab: { id: 3 } }, ID, ORIGIN)).toBe('extension');
    expect(senderRole({ id: ID, url: 'https://a.cn/', tab: { id: 3 } }, ID, ORIGIN)).toBe('content');
    expect(senderRole({ id: 'other', url: 'chrome-extension://other/x.html' }, ID, ORIGIN)).toBeNull();
    expect(senderRole({ id: ID, url: 'https://a.cn/' }, ID, ORIGIN)).toBeNull();
  });

  it('lets a content script report and open the panel, but not read or steer other tabs', () => {
    const m = (v: object) => parseMessage(v) as Message;
    expect(allowedFrom('content', m({ type: 'content/claims', url: 'x', status: 'off', claims: [] }))).toBe(true);
    expect(allowedFrom('content', m({ type: 'reader/open-panel', index: 1 }))).toBe(true);
    expect(allowedFrom('content', m({ type: 'page/get-tab-state', tabId: 1 }))).toBe(false);
    expect(allowedFrom('content', m({ type: 'page/reveal', tabId: 1, index: 0 }))).toBe(false);
    expect(allowedFrom('extension', m({ type: 'page/get-tab-state', tabId: 1 }))).toBe(true);
    expect(allowedFrom('extension', m({ type: 'content/claims', url: 'x', status: 'ok', claims: [] }))).toBe(false);
  });

  it('lets a content script dismiss and report on its own page only, and only extension pages toggle marks', () => {
    const m = (v: object) => parseMessage(v) as Message;
    expect(allowedFrom('content', m({ type: 'reader/dismiss', url: 'https://a.cn/', text: 'x', undo: false }))).toBe(true);
    expect(allowedFrom('content', m({ type: 'reader/toggle-marks', tabId: 1 }))).toBe(false);
    expect(allowedFrom('extension', m({ type: 'reader/toggle-marks', tabId: 1 }))).toBe(true);
    expect(ownPage('https://a.cn/other#x', 'https://a.cn/page')).toBe(true);
    expect(ownPage('https://b.cn/page', 'https://a.cn/page')).toBe(false);
    expect(ownPage('http://a.cn/page', 'https://a.cn/page')).toBe(false);
    expect(ownPage('https://a.cn/page', undefined)).toBe(false);
    expect(ownPage('not a url', 'https://a.cn/')).toBe(false);
  });
});

describe('settings', () => {
  it('repairs whatever storage holds', () => {
    expect(coerceSettings(undefined)).toEqual({ enabled: true, disabledSites: [], pausedSites: {}, region: null, language: 'auto' });
    expect(
      coerceSettings({ enabled: 'no', disabledSites: ['a.cn', 'a.cn', 3, ''], pausedSites: { 'a.cn': 5, '': 3, 'b.cn': 'x' }, region: { province: '' }, language: 'fr' }),
    ).toEqual({
      enabled: true,
      disabledSites: ['a.cn'],
      pausedSites: { 'a.cn': 5 },
      region: null,
      language: 'auto',
    });
    expect(coerceSettings({ region: { province: '山东省', city: '威海市' }, language: 'en' }).region).toEqual({ province: '山东省', city: '威海市' });
  });

  it('turns annotation off per site and everywhere', () => {
    const s = coerceSettings({ disabledSites: ['a.cn'] });
    expect(isEnabledFor(s, 'a.cn')).toBe(false);
    expect(isEnabledFor(s, 'b.cn')).toBe(true);
    expect(isEnabledFor({ ...s, enabled: false }, 'b.cn')).toBe(false);
  });
});
