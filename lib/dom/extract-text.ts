// Reads the text a person sees on a page, as one string the engine can analyse, and remembers
// which Text node each character came from so claims can be mapped back to the page.
import { hasChildrenToRead, isElement, isText } from './node-types';

/** One run of characters of the extracted text that comes from one Text node. */
export interface Segment {
  node: Text;
  /** Offset of the run in the extracted text. */
  start: number;
  /** Offset of the run's first character in node.data. */
  offset: number;
  length: number;
  /**
   * True when nothing lies between the previous segment and this one: no separator the
   * extraction inserted, no skipped element or text. One Range may then span both.
   */
  joined: boolean;
}

export interface TextMap {
  text: string;
  /** In text order; characters between segments are separators the extraction inserted. */
  segments: Segment[];
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH',
  // Ruby annotations (pinyin) are not part of the sentence they annotate.
  'RT', 'RP',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const CELL = new Set(['TD', 'TH']);

/**
 * Elements the extension adds to a page carry this attribute, so the mutation observer ignores
 * them. Its value says whether the element holds page text: 'mark' (a fallback highlight around
 * the page's own text, read as usual) or 'ui' (the card, never read).
 */
export const OWN_ATTRIBUTE = 'data-yibao-check';

/**
 * Words without which a page cannot hold a claim, in simplified and traditional characters: a
 * superset of the engine's own topic gate, tested on raw text before anything is extracted.
 */
export const TOPIC = /[医醫](?:保|[疗療]保)|[统統][筹籌]|新[农農]合|合作[医醫][疗療]|[骗騙]保|[虚虛]假[购購][药藥]|[药藥]品回流|共[济濟]|定[点點][药藥医醫]/;

export interface ExtractOptions {
  /** Decides whether an element is shown; defaults to checkVisibility() or computed style. */
  isHidden?: (el: Element) => boolean;
}

export interface ChunkOptions extends ExtractOptions {
  /** Longest stretch of work (ms) before the page gets the thread back. */
  budgetMs?: number;
  /** Resolves when the page has had its turn; defaults to requestIdleCallback or setTimeout. */
  pause?: () => Promise<void>;
}

/**
 * Hidden: the `hidden` attribute, aria-hidden (decorative or duplicated text a screen reader
 * skips is not what the page asserts), display:none and visibility:hidden.
 */
function defaultIsHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') return !check.call(el, { visibilityProperty: true });
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** @return true for an element whose subtree is never read: code, form fields, editors, hidden or own elements. */
function skipped(el: Element, isHidden: (el: Element) => boolean): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  const own = el.getAttribute(OWN_ATTRIBUTE);
  if (own !== null) return own !== 'mark';
  const editable = el.getAttribute('contenteditable');
  if ((el as HTMLElement).isContentEditable || editable === '' || editable === 'true' || editable === 'plaintext-only') return true;
  return isHidden(el);
}

interface Frame {
  block: boolean;
  pre: boolean;
  /** Next child to visit. */
  next: Node | null;
  /** Light-DOM children, visited after an open shadow root's. */
  light: Node | null;
}

/** A resumable depth-first walk, so long pages can be read a slice at a time. */
class Walk {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private readonly stack: Frame[] = [];
  private length = 0;
  private lastChar = '\n';
  /** Something was passed over since the last segment. */
  private gap = false;

  constructor(
    root: Node,
    private readonly isHidden: (el: Element) => boolean,
  ) {
    this.enter(root, false);
  }

  /**
   * Visits nodes until done or until `expired()` (asked every 128 nodes) says to stop.
   * @return true when the walk is complete
   */
  run(expired: () => boolean): boolean {
    let count = 0;
    while (this.stack.length) {
      if ((++count & 127) === 0 && expired()) return false;
      const top = this.stack[this.stack.length - 1]!;
      let node = top.next;
      if (!node && top.light) {
        node = top.light;
        top.light = null;
      }
      if (!node) {
        this.stack.pop();
        if (top.block) this.separator('\n');
        continue;
      }
      top.next = node.nextSibling;
      this.enter(node, top.pre);
    }
    return true;
  }

  result(): TextMap {
    const { parts } = this;
    // A trailing separator carries nothing.
    while (parts.length && (parts[parts.length - 1] === '\n' || parts[parts.length - 1] === '\t')) parts.pop();
    return { text: parts.join(''), segments: this.segments };
  }

  private enter(node: Node, pre: boolean): void {
    if (isText(node)) return this.text(node, pre);
    if (!hasChildrenToRead(node)) return;
    let tag = '';
    let shadow: ShadowRoot | null = null;
    if (isElement(node)) {
      const el = node;
      if (skipped(el, this.isHidden)) {
        this.gap = true;
        return;
      }
      tag = el.tagName.toUpperCase();
      // Open shadow roots are part of what the reader sees.
      shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
    }
    const block = BLOCK.has(tag);
    if (block) this.separator('\n');
    else if (CELL.has(tag)) this.separator('\t');
    this.stack.push({
      block,
      pre: pre || tag === 'PRE',
      next: shadow ? shadow.firstChild : node.firstChild,
      light: shadow ? node.firstChild : null,
    });
  }

  private text(node: Text, pre: boolean): void {
    const data = node.data;
    if (!data) return;
    // Line breaks inside a paragraph's source are not line breaks on screen.
    const text = pre ? data : data.replace(/[\t\n\r\f]/g, ' ');
    if (!pre && this.lastChar === '\n' && text.trim() === '') {
      this.gap = true;
      return;
    }
    this.segments.push({ node, start: this.length, offset: 0, length: text.length, joined: !this.gap && this.segments.length > 0 });
    this.gap = false;
    this.parts.push(text);
    this.length += text.length;
    this.lastChar = text[text.length - 1]!;
  }

  private separator(s: '\n' | '\t'): void {
    this.gap = true;
    if (this.length === 0 || this.lastChar === '\n' || (s === '\t' && this.lastChar === '\t')) return;
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s;
  }
}

/**
 * Extracts the visible text under `root`. Inline elements join their text, so a sentence split
 * by <b> or <a> stays one sentence; blocks start new lines and table cells are separated by tabs.
 * Whitespace inside text nodes becomes plain spaces (one for one, so offsets map back exactly).
 */
export function extractText(root: Node, options: ExtractOptions = {}): TextMap {
  const walk = new Walk(root, options.isHidden ?? defaultIsHidden);
  walk.run(() => false);
  return walk.result();
}

function idle(win: Window | null): Promise<void> {
  const w = win as (Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }) | null;
  return new Promise((resolve) => (w?.requestIdleCallback ? w.requestIdleCallback(() => resolve(), { timeout: 200 }) : setTimeout(resolve, 0)));
}

/** extractText in slices of at most `budgetMs`, giving the page the thread between slices. */
export async function extractTextInChunks(root: Node, options: ChunkOptions = {}): Promise<TextMap> {
  const budget = options.budgetMs ?? 8;
  const doc = root.ownerDocument ?? (root as Document);
  const pause = options.pause ?? (() => idle(doc.defaultView));
  const walk = new Walk(root, options.isHidden ?? defaultIsHidden);
  for (;;) {
    const until = performance.now() + budget;
    if (walk.run(() => performance.now() > until)) return walk.result();
    await pause();
  }
}
