// @vitest-environment happy-dom
// Keyboard use of the in-page card: Tab and Shift+Tab go round its buttons and links while it is
// open, Escape closes it and gives focus back to where it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimCard } from '../../lib/dom/claim-card';
import { cycleFocus, focusables } from '../../lib/dom/focus-cycle';
import { makeClaim } from '../fixtures/claims';

const CLAIM = makeClaim('misleading', '医保卡可以在ATM取现', { explanation: { zh: '不能这样取现。', en: 'It cannot be withdrawn.' } });

let card: ClaimCard;
let before: HTMLButtonElement;

beforeEach(() => {
  document.body.innerHTML = '<p>医保卡可以在ATM取现</p><button id="page-button">页面上的按钮</button>';
  before = document.getElementById('page-button') as HTMLButtonElement;
  card = new ClaimCard(document, { details: () => {}, dismiss: () => {}, undo: () => {}, report: () => {} });
});
afterEach(() => {
  card.remove();
  document.body.innerHTML = '';
});

const root = (): ShadowRoot => document.querySelector('yibao-check-card')!.shadowRoot!;
/** What has focus inside the card, named by its action or its text. */
const focused = (): string | null => {
  const el = root().activeElement as HTMLElement | null;
  return el ? (el.getAttribute('data-action') ?? el.className ?? el.textContent) || el.textContent : null;
};
const press = (key: string, shiftKey = false): KeyboardEvent => {
  const target = (root().activeElement ?? root().querySelector('.card')) as HTMLElement;
  const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

describe('the card from the keyboard', () => {
  it('goes round its own buttons and links with Tab, never out to the page', () => {
    before.focus();
    card.show(CLAIM, 0, new DOMRect(10, 10, 100, 20), true);
    expect(focused()).toBe('primary');
    const seen: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const e = press('Tab');
      expect(e.defaultPrevented).toBe(true);
      seen.push(focused());
    }
    // details → dismiss → report → the source link → close → share → details
    expect(seen).toEqual(['dismiss', 'report', '《医疗保障基金使用监督管理条例》国务院令第735号', '关闭', 'share', 'primary']);
    expect(document.activeElement).not.toBe(before);
  });

  it('goes round backwards with Shift+Tab', () => {
    card.show(CLAIM, 0, new DOMRect(10, 10, 100, 20), true);
    press('Tab', true);
    expect(focused()).toBe('share');
    press('Tab', true);
    press('Tab', true);
    press('Tab', true);
    expect(focused()).toBe('report');
  });

  it('closes on Escape and gives focus back to what had it before', () => {
    before.focus();
    card.show(CLAIM, 0, new DOMRect(10, 10, 100, 20), true);
    press('Escape');
    expect(card.shown).toBe(-1);
    expect(document.activeElement).toBe(before);
    expect(root().activeElement).toBeNull();
  });

  it('gives focus back when closed with its close button too', () => {
    before.focus();
    card.show(CLAIM, 0, new DOMRect(10, 10, 100, 20), true);
    (root().querySelector('.row button') as HTMLButtonElement).click();
    expect(card.shown).toBe(-1);
    expect(document.activeElement).toBe(before);
  });

  it('keeps Tab inside the report form while it is open; Escape closes the form, then the card', () => {
    before.focus();
    card.show(CLAIM, 0, new DOMRect(10, 10, 100, 20), true);
    (root().querySelector('button[data-action="report"]') as HTMLButtonElement).click();
    expect((root().activeElement as HTMLElement).id).toBe('suggested');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      press('Tab');
      const el = root().activeElement as HTMLElement;
      seen.push(el.id || el.getAttribute('data-action')!);
    }
    expect(seen).toEqual(['comment', 'cancel-report', 'send-report', 'suggested']);
    press('Escape');
    expect(card.shown).toBe(0);
    expect(focused()).toBe('report');
    press('Escape');
    expect(card.shown).toBe(-1);
    expect(document.activeElement).toBe(before);
  });

  it('leaves Tab alone with a modifier, and when the card holds nothing to focus', () => {
    card.show(CLAIM, 0, new DOMRect(10, 10, 100, 20), true);
    const e = new KeyboardEvent('keydown', { key: 'Tab', ctrlKey: true, bubbles: true, cancelable: true });
    root().activeElement!.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    const empty = document.createElement('div');
    expect(cycleFocus(empty, null, false)).toBe(false);
  });
});

describe('focusables', () => {
  it('skips disabled, hidden and tabindex=-1 elements', () => {
    const scope = document.createElement('div');
    scope.innerHTML =
      '<button id="a">a</button><button id="b" disabled>b</button><div hidden><button id="c">c</button></div>' +
      '<a id="d">no href</a><a id="e" href="#">e</a><span id="f" tabindex="-1">f</span><span id="g" tabindex="0">g</span>';
    document.body.append(scope);
    expect(focusables(scope).map((e) => e.id)).toEqual(['a', 'e', 'g']);
  });
});
