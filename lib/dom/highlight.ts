// Marks claims in the page without touching its DOM: the CSS Custom Highlight API paints
// ranges from a constructed stylesheet. Browsers without it get <mark> wrappers instead,
// removed without a trace when annotation is turned off.
import type { Verdict } from '../engine';
import { VERDICTS } from '../engine';
import { OWN_ATTRIBUTE } from './extract-text';
import { FLASH, HIGHLIGHT_CSS as STYLES, HIGHLIGHT_NAMES, markStyle } from './highlight-styles';
import { isText } from './node-types';

export interface Marked {
  verdict: Verdict;
  range: Range;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function registry(doc: Document): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistryLike } }) | null;
  const reg = win?.CSS?.highlights;
  return reg && win?.Highlight ? { registry: reg, Highlight: win.Highlight } : null;
}

export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  /** Used instead of an adopted sheet where a content script may not adopt one (Firefox). */
  private styleElement: HTMLStyleElement | null = null;
  private marks: HTMLElement[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param stylesInManifest the highlight rules come with the content script's manifest CSS, so
   *   no stylesheet is added to the page (adding one restyles a large page for tens of ms)
   */
  constructor(
    private readonly doc: Document,
    private readonly stylesInManifest = false,
  ) {}

  /** True when the page is painted through the Highlight API (no DOM change at all). */
  get native(): boolean {
    return registry(this.doc) !== null;
  }

  /** Replaces every mark with these. */
  show(items: Marked[]): void {
    const api = registry(this.doc);
    if (api) {
      // Adding a stylesheet restyles the whole page once: only do it when there is something to mark.
      if (items.length && !this.stylesInManifest) this.ensureSheet();
      for (const v of VERDICTS) {
        const ranges = items.filter((i) => i.verdict === v).map((i) => i.range);
        if (ranges.length) api.registry.set(HIGHLIGHT_NAMES[v], new api.Highlight(...ranges));
        else api.registry.delete(HIGHLIGHT_NAMES[v]);
      }
      return;
    }
    this.unwrap();
    // Wrap from the last range backwards so earlier ranges' offsets stay valid.
    for (const item of [...items].reverse()) this.wrap(item);
  }

  /** Scrolls a claim's ranges into view and flashes them for a moment. */
  flash(ranges: Range[]): void {
    const first = ranges[0];
    if (!first) return;
    const rect = first.getBoundingClientRect();
    const win = this.doc.defaultView;
    win?.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'smooth' });
    const api = registry(this.doc);
    if (!api) return;
    api.registry.set(FLASH, new api.Highlight(...ranges));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => api.registry.delete(FLASH), 1600);
  }

  /**
   * Takes fallback marks out of the page, so ranges can be computed on the page's own text
   * nodes before show() (wrapping invalidates ranges computed while marks were in).
   */
  unmark(): void {
    this.unwrap();
  }

  /** Removes every trace: highlights, the stylesheet, fallback marks. */
  clear(): void {
    const api = registry(this.doc);
    clearTimeout(this.flashTimer);
    if (api) for (const name of [...Object.values(HIGHLIGHT_NAMES), FLASH]) api.registry.delete(name);
    this.styleElement?.remove();
    this.styleElement = null;
    if (this.sheet) {
      try {
        this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // Nothing was adopted where adopting fails.
      }
      this.sheet = null;
    }
    this.unwrap();
  }

  private ensureSheet(): void {
    if (this.sheet || this.styleElement?.isConnected) return;
    const win = this.doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    if (!win) return;
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(STYLES);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.sheet = sheet;
    } catch {
      // Firefox refuses adoptedStyleSheets from a content script: a <style> outside <body>
      // holding only ::highlight rules does the same, and the body observer never sees it.
      const style = this.doc.createElement('style');
      style.setAttribute(OWN_ATTRIBUTE, 'ui');
      style.textContent = STYLES;
      (this.doc.head ?? this.doc.documentElement).appendChild(style);
      this.styleElement = style;
    }
  }

  /** Wraps each text node's part of the range on its own, so the page's elements are never split. */
  private wrap({ verdict, range }: Marked): void {
    const scheme = this.doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    for (const piece of textPieces(range)) {
      try {
        const mark = this.doc.createElement('mark');
        mark.setAttribute('data-claim-verdict', verdict);
        mark.setAttribute(OWN_ATTRIBUTE, 'mark');
        mark.setAttribute('style', markStyle(verdict, scheme));
        piece.surroundContents(mark);
        this.marks.push(mark);
      } catch {
        // A range the page changed under us: leave that part unmarked rather than break the page.
      }
    }
  }

  private unwrap(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      const before = mark.previousSibling;
      const text = mark.firstChild;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      // Join the text node split for the mark with its neighbours again.
      if (isText(text)) {
        if (isText(before)) {
          before.appendData(text.data);
          parent.removeChild(text);
          const after = before.nextSibling;
          if (isText(after)) {
            before.appendData(after.data);
            parent.removeChild(after);
          }
        } else if (isText(text.nextSibling)) {
          text.appendData(text.nextSibling.data);
          parent.removeChild(text.nextSibling);
        }
      }
    }
    this.marks = [];
  }
}

/** The parts of a range that fall in single text nodes, in document order. */
function textPieces(range: Range): Range[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const root = range.commonAncestorContainer;
  const pieces: Range[] = [];
  const nodes: Text[] = [];
  if (isText(root)) nodes.push(root);
  else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) nodes.push(n as Text);
  }
  for (const node of nodes) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) continue;
    const piece = doc.createRange();
    piece.setStart(node, start);
    piece.setEnd(node, end);
    pieces.push(piece);
  }
  return pieces;
}
