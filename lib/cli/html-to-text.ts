// Reduces an HTML document to the text a reader sees, one block per line, for the check command.
import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'body', 'html',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const CELLS = new Set(['td', 'th']);

/** Marks collapsed whitespace that held a line break (NUL never survives readInput's binary check). */
const BREAK = '\u0000';
/** East Asian wide characters: CJK ideographs, kana, CJK punctuation and full-width forms (not Hangul). */
const WIDE = /[\u2E80-\u2FFF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/**
 * Collapses the whitespace runs of inline text as browsers render it: one space, except that a
 * run holding a line break between two wide characters vanishes (CSS Text 3 segment-break
 * rule), so a Chinese sentence wrapped in the HTML source stays one sentence: "医保卡\n可以" → "医保卡可以".
 */
function collapseRuns(line: string): string {
  return line.replace(/[ \u0000]+/g, (run, offset: number, all: string) => {
    if (!run.includes(BREAK)) return ' ';
    const before = all[offset - 1] ?? '';
    const after = all[offset + run.length] ?? '';
    return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
  });
}

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  const style = (attrs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * @return the visible text of html: blocks on their own lines, table cells separated by tabs,
 * entities decoded, inline whitespace collapsed; <pre> keeps its line breaks.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // Depth inside a skipped or hidden element: its text is not shown to the reader.
  const stack: boolean[] = [];
  let hiddenDepth = 0;
  let preDepth = 0;
  const blank = (chunk: string | undefined): boolean => chunk !== undefined && /^[ \u0000]*$/.test(chunk);
  const newline = (): void => {
    // Whitespace between blocks is source formatting, not text: a block boundary replaces it.
    while (blank(out[out.length - 1])) out.pop();
    if (out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const hide = SKIPPED.has(name) || isHidden(attrs);
        if (!VOID.has(name)) {
          stack.push(hide);
          if (hide) hiddenDepth++;
          if (name === 'pre') preDepth++;
        }
        if (hiddenDepth > 0) return;
        if (CELLS.has(name)) {
          while (blank(out[out.length - 1])) out.pop();
          if (out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\t');
        } else if (BLOCKS.has(name)) newline();
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        if (preDepth > 0) {
          out.push(text.replace(/\r\n?/g, '\n'));
          return;
        }
        // Line breaks become BREAK marks, resolved per line by collapseRuns once the neighbours are known.
        const chunk = text.replace(/\u0000/g, '').replace(/[ \t\r\n\f]+/g, (run) => (/[\r\n]/.test(run) ? BREAK : ' '));
        const last = out[out.length - 1];
        if (blank(chunk) && (last === undefined || last.endsWith('\n') || last.endsWith('\t'))) return;
        out.push(chunk);
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        const hide = stack.pop();
        if (hide) {
          hiddenDepth--;
          return;
        }
        if (hiddenDepth === 0 && BLOCKS.has(name) && !CELLS.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((line) => collapseRuns(line).replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}
