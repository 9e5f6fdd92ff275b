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

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  const style = (attrs.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** @return the visible text of html: blocks on their own lines, table cells separated by tabs. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  // Depth inside a skipped or hidden element: its text is not shown to the reader.
  const stack: boolean[] = [];
  let hiddenDepth = 0;
  const newline = (): void => {
    if (out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\n');
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const hide = SKIPPED.has(name) || isHidden(attrs);
        if (!VOID.has(name)) {
          stack.push(hide);
          if (hide) hiddenDepth++;
        }
        if (hiddenDepth > 0) return;
        if (CELLS.has(name) && out.length && !out[out.length - 1]!.endsWith('\n')) out.push('\t');
        else if (BLOCKS.has(name)) newline();
      },
      ontext(text) {
        if (hiddenDepth > 0) return;
        const collapsed = text.replace(/[ \t\r\n\f]+/g, ' ');
        if (collapsed.trim() || (out.length && !/\s$/.test(out[out.length - 1]!))) out.push(collapsed);
      },
      onclosetag(name, implied) {
        if (VOID.has(name) && !implied) return;
        if (VOID.has(name)) return;
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
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}
