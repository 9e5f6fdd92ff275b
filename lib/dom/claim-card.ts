// The small card shown when a marked claim is hovered or reached by keyboard. It lives in a
// shadow root on its own host element, so the page's styles cannot reach it and its styles
// cannot reach the page. Claim text is only ever set as text, never as markup.
import type { Claim } from '../engine';
import { OWN_ATTRIBUTE } from './extract-text';
import { translate as t, verdictKey, type Lang } from '../i18n';
import { VERDICTS } from '../engine/types';
import { VERDICT_MARKS, paletteCss } from '../verdict-palette';
import { shareText } from '../share-text';
import { copyText } from '../copy-text';
import { renderSources } from './card-sources';
import { CardFeedback, FEEDBACK_CSS } from './card-feedback';
import type { SuggestedVerdict } from '../verdict-report';
import { cycleFocus } from './focus-cycle';

// The palette's variables sit on .card, inside the shadow root, where no page rule can reach
// them (a page rule matching the host would outrank :host). The card follows the reader's
// colour scheme; the verdict shows as a mark and a word as well as a colour.
const CSS = `
:host { all: initial; }
${paletteCss('.card')}
${VERDICTS.map((v) => `.card[data-verdict="${v}"] { --c: var(--${v}); }`).join('\n')}
.card { position: fixed; z-index: 2147483647; max-width: 340px; box-sizing: border-box; padding: 10px 12px;
  color-scheme: light dark; background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-left: 4px solid var(--c); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
@media (prefers-color-scheme: dark) { .card { box-shadow: 0 6px 24px rgba(0,0,0,.6); } }
.card[hidden] { display: none; }
.head { display: flex; align-items: baseline; gap: 6px; margin-bottom: 4px; color: var(--c); font-weight: 600; }
.mark { display: inline-block; min-width: 1em; text-align: center; font-weight: 700; }
.text { margin: 0 0 8px; }
.sources { margin: 0 0 8px; font-size: 12px; color: var(--muted); }
.sources[hidden] { display: none; }
.sources .label { font-weight: 600; }
.sources a { color: var(--accent); }
.row { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 3px 10px; border: 1px solid var(--border); background: var(--surface); color: var(--fg); }
button.primary { background: var(--c); border-color: var(--c); color: var(--bg); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
${FEEDBACK_CSS}`;

export interface CardActions {
  details(index: number): void;
  /** Hide the claim for good (the card then offers an undo); without it the card has no dismiss or report buttons. */
  dismiss?(index: number): void;
  undo?(claim: Claim): void;
  report?(index: number, suggested: SuggestedVerdict, comment: string): void;
}

const isFocusable = (v: unknown): v is HTMLElement => typeof v === 'object' && v !== null && typeof (v as HTMLElement).focus === 'function';

/** First sentence of an explanation: the card is a glance, the side panel has the rest. */
function firstSentence(s: string): string {
  const m = /^[^。！？.!?]*[。！？.!?]/.exec(s);
  return m ? m[0] : s;
}

export class ClaimCard {
  private host: HTMLElement | null = null;
  private card!: HTMLDivElement;
  private mark!: HTMLSpanElement;
  private verdict!: HTMLSpanElement;
  private text!: HTMLParagraphElement;
  private sources!: HTMLParagraphElement;
  private shareButton!: HTMLButtonElement;
  private claim: Claim | null = null;
  private detailsButton!: HTMLButtonElement;
  private closeButton!: HTMLButtonElement;
  private index = -1;
  private feedback: CardFeedback | null = null;
  /** Where keyboard focus was before it came into the card: it goes back there when the card is closed. */
  private returnFocus: HTMLElement | null = null;
  /** Focus is going back to where it was: what it lands on is not the reader asking for a card. */
  restoringFocus = false;
  lang: Lang = 'zh';

  constructor(
    private readonly doc: Document,
    private readonly actions: CardActions,
  ) {}

  /** Index of the claim shown, or -1 when hidden. */
  get shown(): number {
    return this.host && !this.card.hidden ? this.index : -1;
  }

  /** The reader is filling in the report form: keep the card where it is. */
  get busy(): boolean {
    return this.shown >= 0 && !!this.feedback?.busy;
  }

  /** The card's host element, so observers can ignore it. */
  get element(): HTMLElement | null {
    return this.host;
  }

  show(claim: Claim, index: number, anchor: DOMRect, focus = false): void {
    this.ensure();
    this.feedback?.reset();
    this.index = index;
    this.claim = claim;
    this.card.setAttribute('data-verdict', claim.verdict);
    this.mark.textContent = VERDICT_MARKS[claim.verdict];
    this.verdict.textContent = t(this.lang, verdictKey(claim.verdict));
    this.text.textContent = firstSentence(claim.explanation[this.lang]);
    this.detailsButton.textContent = t(this.lang, 'cardDetails');
    this.closeButton.textContent = t(this.lang, 'cardClose');
    this.shareButton.textContent = t(this.lang, 'shareButton');
    renderSources(this.sources, t(this.lang, 'panelSources'), claim.sources);
    this.card.hidden = false;
    const win = this.doc.defaultView!;
    const width = Math.min(340, win.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, win.innerWidth - width - 8));
    const below = anchor.bottom + 8;
    const height = this.card.offsetHeight || 120;
    const top = below + height > win.innerHeight ? Math.max(8, anchor.top - height - 8) : below;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
    if (focus) {
      const active = this.doc.activeElement;
      if (isFocusable(active) && active !== this.host) this.returnFocus = active;
      this.detailsButton.focus();
    }
  }

  /** @param restoreFocus the reader closed it from the keyboard or its button: focus goes back where it was */
  hide(restoreFocus = false): void {
    const root = this.host?.shadowRoot;
    const focused = root?.activeElement as HTMLElement | null | undefined;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (this.host) this.card.hidden = true;
    this.feedback?.reset();
    this.index = -1;
    if (!root || !focused) return;
    if (restoreFocus && back?.isConnected && back !== this.doc.body) {
      this.restoringFocus = true;
      try {
        back.focus({ preventScroll: true });
      } finally {
        this.restoringFocus = false;
      }
    }
    // Focus never stays on a button of a hidden card.
    if (root.activeElement) focused.blur();
  }

  /** True when the pointer or focus is on the card itself (keep it open). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement('yibao-check-card');
    host.setAttribute(OWN_ATTRIBUTE, 'ui');
    // Page rules can match the host (it sits in the page's tree): inline !important declarations
    // outrank them. display: contents gives it no box, so it never takes part in the page's layout.
    host.setAttribute('style', 'all: initial !important; display: contents !important;');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-live', 'polite');
    card.hidden = true;
    const head = this.doc.createElement('div');
    head.className = 'head';
    this.mark = this.doc.createElement('span');
    this.mark.className = 'mark';
    // The word names the verdict for screen readers; the mark repeats it for the eye.
    this.mark.setAttribute('aria-hidden', 'true');
    this.verdict = this.doc.createElement('span');
    this.verdict.className = 'verdict';
    head.append(this.mark, this.verdict);
    // Ids are scoped to the shadow root: the card is named by its verdict.
    this.verdict.id = 'verdict';
    card.setAttribute('aria-labelledby', 'verdict');
    this.text = this.doc.createElement('p');
    this.text.className = 'text';
    const row = this.doc.createElement('div');
    row.className = 'row';
    this.closeButton = this.doc.createElement('button');
    this.closeButton.type = 'button';
    this.closeButton.addEventListener('click', () => this.hide(true));
    this.detailsButton = this.doc.createElement('button');
    this.detailsButton.type = 'button';
    this.detailsButton.className = 'primary';
    this.detailsButton.addEventListener('click', () => {
      if (this.index >= 0) this.actions.details(this.index);
    });
    this.sources = this.doc.createElement('p');
    this.sources.className = 'sources';
    // Copies the verdict as text; a content script may use the clipboard only inside the click.
    this.shareButton = this.doc.createElement('button');
    this.shareButton.type = 'button';
    this.shareButton.setAttribute('data-action', 'share');
    this.shareButton.addEventListener('click', () => {
      const claim = this.claim;
      if (!claim) return;
      const button = this.shareButton;
      void copyText(shareText(claim, this.doc.URL, this.lang), this.doc, root).then((ok) => {
        button.textContent = t(this.lang, ok ? 'shareCopied' : 'shareFailed');
        setTimeout(() => (button.textContent = t(this.lang, 'shareButton')), 2000);
      });
    });
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide(true);
    });
    // Tab and Shift+Tab go round the card while it is open (capture: the report form keeps its keys from the page).
    card.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
        const scope = card.hasAttribute('data-mode') && this.feedback ? this.feedback.element : card;
        if (cycleFocus(scope, root.activeElement, e.shiftKey)) e.preventDefault();
      },
      true,
    );
    card.addEventListener('focusin', (e) => {
      const from = e.relatedTarget;
      if (!this.returnFocus && isFocusable(from) && from !== host && !root.contains(from)) this.returnFocus = from;
    });
    row.append(this.closeButton, this.shareButton, this.detailsButton);
    card.append(head, this.text, this.sources, row);
    const actions = this.actions;
    if (actions.dismiss && actions.undo && actions.report) {
      this.feedback = new CardFeedback(this.doc, card, {
        current: () => (this.claim && this.index >= 0 ? { claim: this.claim, index: this.index } : null),
        lang: () => this.lang,
        dismiss: (index) => actions.dismiss!(index),
        undo: (claim) => actions.undo!(claim),
        report: (index, suggested, comment) => actions.report!(index, suggested, comment),
        unhide: () => (card.hidden = false),
        hide: () => this.hide(),
      });
      card.append(this.feedback.row, this.feedback.element);
    }
    root.append(style, card);
    this.card = card;
    // Outside <body>, so the page's layout and body observers never see it.
    this.doc.documentElement.appendChild(host);
    this.host = host;
  }
}
