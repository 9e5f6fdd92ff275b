// Reads the text a person sees on a page, as one string the engine can analyse, and remembers
// which Text node each character came from so claims can be mapped back to the page.

/** One run of characters of the extracted text that comes from one Text node. */
export interface Segment {
  node: Text;
  /** Offset of the run in the extracted text. */
  start: number;
  /** Offset of the run's first character in node.data. */
  offset: number;
  length: number;
}

export interface TextMap {
  text: string;
  /** In text order; characters between segments are separators the extraction inserted. */
  segments: Segment[];
}

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL', 'RT', 'RP',
]);
const CELL = new Set(['TD', 'TH']);
/** Ruby annotations (pinyin) are not part of the sentence they annotate. */
const RUBY_TEXT = new Set(['RT', 'RP']);

/**
 * Elements the extension adds to a page carry this attribute, so the mutation observer ignores
 * them. Its value says whether the element holds page text: 'mark' (a fallback highlight around
 * the page's own text, read as usual) or 'ui' (the card, never read).
 */
export const OWN_ATTRIBUTE = 'data-yibao-check';

export interface ExtractOptions {
  /** Decides whether an element is shown; defaults to checkVisibility() or computed style. */
  isHidden?: (el: Element) => boolean;
}

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
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || RUBY_TEXT.has(tag)) return true;
  const own = el.getAttribute(OWN_ATTRIBUTE);
  if (own !== null) return own !== 'mark';
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') return true;
  return isHidden(el);
}

/**
 * Extracts the visible text under `root`. Inline elements join their text, so a sentence split
 * by <b> or <a> stays one sentence; blocks start new lines and table cells are separated by tabs.
 * Whitespace inside text nodes becomes plain spaces (one for one, so offsets map back exactly).
 */
export function extractText(root: Node, options: ExtractOptions = {}): TextMap {
  const isHidden = options.isHidden ?? defaultIsHidden;
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastChar = '\n';
  const separator = (s: string): void => {
    if (length === 0 || lastChar === '\n' || (s === '\t' && lastChar === '\t')) return;
    parts.push(s);
    length += s.length;
    lastChar = s;
  };
  const visit = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      const text = pre ? data : data.replace(/[\t\n\r\f]/g, ' ');
      if (!pre && lastChar === '\n' && text.trim() === '') return;
      segments.push({ node: node as Text, start: length, offset: 0, length: text.length });
      parts.push(text);
      length += text.length;
      lastChar = text[text.length - 1]!;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.tagName.toUpperCase() : '';
    if (node.nodeType === 1 && skipped(el, isHidden)) return;
    const block = BLOCK.has(tag);
    if (block) separator('\n');
    else if (CELL.has(tag)) separator('\t');
    const inPre = pre || tag === 'PRE';
    // Open shadow roots are part of what the reader sees.
    const shadow = node.nodeType === 1 ? (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot : null;
    if (shadow) visit(shadow, inPre);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, inPre);
    if (block) separator('\n');
  };
  visit(root, false);
  // A trailing separator carries nothing.
  while (parts.length && (parts[parts.length - 1] === '\n' || parts[parts.length - 1] === '\t')) parts.pop();
  return { text: parts.join(''), segments };
}
