// The card's two reader actions: dismiss the claim (with an undo), and report a wrong verdict
// through a small form. Built inside the card's shadow root with DOM calls only; every text is
// set as text. The card shows one mode at a time: the claim, the form, or a short notice.
import type { Claim } from '../engine';
import { translate, type Lang, type StringKey } from '../i18n';
import { MAX_COMMENT, SUGGESTIONS, suggestionName, type SuggestedVerdict } from '../verdict-report';

/** How long a notice ("dismissed · undo", "saved") stays before the card goes (ms). */
const NOTICE_MS = 8000;

/** Rules added to the card's own: the form takes the buttons' place, a notice the whole card's. */
export const FEEDBACK_CSS = `
.row { flex-wrap: wrap; }
.row.reader { justify-content: flex-start; margin-top: 6px; }
.row.reader button { font-size: 12px; padding: 1px 8px; }
.card[data-mode="form"] > .row, .card[data-mode="notice"] > :not(.feedback) { display: none; }
.card[data-mode="form"] { max-height: calc(100vh - 16px); overflow-y: auto; }
.feedback form { display: flex; flex-direction: column; gap: 4px; margin: 0; }
.feedback label { font-weight: 600; font-size: 12px; }
.feedback select, .feedback textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: 3px 6px; }
.feedback textarea { resize: vertical; min-height: 3.2em; }
.feedback .note { margin: 2px 0 4px; color: var(--muted); font-size: 12px; }
.feedback .notice { margin: 0; display: flex; align-items: center; justify-content: space-between; gap: 8px; }
`;

export interface FeedbackHooks {
  /** The claim the card shows and its index, or null when it shows none. */
  current(): { claim: Claim; index: number } | null;
  lang(): Lang;
  dismiss(index: number): void;
  undo(claim: Claim): void;
  report(index: number, suggested: SuggestedVerdict, comment: string): void;
  /** Shows the card again where it was (dismissing repaints the page, which hides it). */
  unhide(): void;
  hide(): void;
}

export class CardFeedback {
  /** The dismiss and report buttons, a row of their own under the card's buttons. */
  readonly row: HTMLDivElement;
  private readonly reportButton: HTMLButtonElement;
  private readonly dismissButton: HTMLButtonElement;
  /** Holds the form or a notice; empty while the card shows the claim. */
  readonly element: HTMLDivElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly card: HTMLElement,
    private readonly hooks: FeedbackHooks,
  ) {
    this.reportButton = this.button('report', 'cardReport', () => this.openForm());
    this.dismissButton = this.button('dismiss', 'cardDismiss', () => this.dismiss());
    this.row = doc.createElement('div');
    this.row.className = 'row reader';
    this.row.append(this.dismissButton, this.reportButton);
    this.element = doc.createElement('div');
    this.element.className = 'feedback';
  }

  /** The form is open: the card stays while the reader writes. */
  get busy(): boolean {
    return this.card.getAttribute('data-mode') === 'form';
  }

  /** Back to the claim's own view, the buttons named in the current language. */
  reset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.element.replaceChildren();
    this.card.removeAttribute('data-mode');
    this.reportButton.textContent = this.t('cardReport');
    this.dismissButton.textContent = this.t('cardDismiss');
  }

  private t(key: StringKey): string {
    return translate(this.hooks.lang(), key);
  }

  private button(action: string, label: StringKey, onClick: () => void): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.setAttribute('data-action', action);
    b.textContent = this.t(label);
    b.addEventListener('click', onClick);
    return b;
  }

  private dismiss(): void {
    const current = this.hooks.current();
    if (!current) return;
    this.hooks.dismiss(current.index);
    const undo = this.button('undo', 'feedbackUndo', () => {
      this.hooks.undo(current.claim);
      this.hooks.hide();
    });
    this.notice('feedbackDismissed', undo);
  }

  private notice(text: StringKey, action?: HTMLButtonElement): void {
    this.reset();
    const p = this.doc.createElement('p');
    p.className = 'notice';
    p.setAttribute('role', 'status');
    const words = this.doc.createElement('span');
    words.textContent = this.t(text);
    p.append(words);
    if (action) p.append(action);
    this.element.append(p);
    this.card.setAttribute('data-mode', 'notice');
    this.hooks.unhide();
    // The button that was pressed is gone: keyboard focus moves to what replaced it.
    action?.focus();
    this.timer = setTimeout(() => this.hooks.hide(), NOTICE_MS);
  }

  private openForm(): void {
    const current = this.hooks.current();
    if (!current) return;
    const d = this.doc;
    this.reset();
    const form = d.createElement('form');
    // Never navigates, even if a handler below failed: outside a <dialog>, method=dialog does nothing.
    form.method = 'dialog';
    form.setAttribute('aria-label', this.t('feedbackForm'));
    const label = (id: string, key: StringKey): HTMLLabelElement => {
      const l = d.createElement('label');
      l.htmlFor = id;
      l.textContent = this.t(key);
      return l;
    };
    const select = d.createElement('select');
    select.id = 'suggested';
    select.required = true;
    const choose = d.createElement('option');
    choose.value = '';
    choose.textContent = this.t('feedbackChoose');
    select.append(choose);
    for (const s of SUGGESTIONS) {
      if (s === current.claim.verdict) continue;
      const o = d.createElement('option');
      o.value = s;
      o.textContent = suggestionName(this.hooks.lang(), s);
      select.append(o);
    }
    const comment = d.createElement('textarea');
    comment.id = 'comment';
    comment.rows = 2;
    comment.maxLength = MAX_COMMENT;
    const note = d.createElement('p');
    note.className = 'note';
    note.textContent = this.t('feedbackLocal');
    const row = d.createElement('div');
    row.className = 'row';
    const cancel = this.button('cancel-report', 'feedbackCancel', () => this.closeForm());
    const submit = this.button('send-report', 'feedbackSubmit', () => {});
    submit.type = 'submit';
    submit.className = 'primary';
    row.append(cancel, submit);
    form.append(label('suggested', 'feedbackSuggested'), select, label('comment', 'feedbackComment'), comment, note, row);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!select.value) return select.focus();
      this.hooks.report(current.index, select.value as SuggestedVerdict, comment.value);
      this.notice('feedbackSaved');
    });
    // Typing here is the reader's, not the page's: keys stop at the form, so page shortcuts stay quiet.
    for (const type of ['keydown', 'keyup', 'keypress']) form.addEventListener(type, (e) => e.stopPropagation());
    form.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.closeForm();
    });
    this.element.append(form);
    this.card.setAttribute('data-mode', 'form');
    this.fit();
    select.focus();
  }

  private closeForm(): void {
    this.reset();
    this.reportButton.focus();
  }

  /** Moves the card up when the form made it run past the bottom of the window. */
  private fit(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const rect = this.card.getBoundingClientRect();
    if (rect.bottom > win.innerHeight - 8) this.card.style.top = `${Math.max(8, win.innerHeight - rect.height - 8)}px`;
  }
}
