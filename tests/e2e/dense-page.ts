// The claim-dense long page of the benchmark and the end-to-end stall check: the project's own
// labelled pages (tests/corpus/pages), repeated as HTML paragraphs to about 1 MB of text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { article, readCorpus, type Corpus } from '../../lib/cli/bench-inputs';
import { GENERATED } from './harness';

export { GENERATED };
/** The page's file name under GENERATED, and its path on the test server. */
export const DENSE_PAGE = 'dense-1mb.html';
/** Characters of text on the page. */
export const DENSE_SIZE = 1_000_000;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page with one paragraph per non-empty line of `text`. */
export const pageHtml = (title: string, text: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${escape(l)}</p>`)
    .join('\n') +
  '</body></html>';

export const denseHtml = (corpus: Corpus): string => pageHtml('1MB claim-dense', article(corpus, DENSE_SIZE));

/** Writes the page under GENERATED. @return its path on the test server */
export function writeDensePage(root: string): string {
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(join(GENERATED, DENSE_PAGE), denseHtml(readCorpus(join(root, 'tests', 'corpus'))));
  return `/generated/${DENSE_PAGE}`;
}
