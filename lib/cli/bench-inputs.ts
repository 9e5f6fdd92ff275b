// Deterministic benchmark inputs built from the project's own test corpus (tests/corpus).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Corpus {
  /** Pages with a label file: claim-dense articles. */
  articles: string[];
  /** Pages without one: off-topic money pages (公积金, 养老金, credit cards, reimbursement). */
  nearMisses: string[];
  /** General prose with nothing to do with money or insurance. */
  offTopic: string;
}

export function readCorpus(dir: string): Corpus {
  const pages = join(dir, 'pages');
  const labels = join(dir, 'labels');
  const articles: string[] = [];
  const nearMisses: string[] = [];
  for (const name of readdirSync(pages).sort()) {
    const text = readFileSync(join(pages, name), 'utf8');
    (existsSync(join(labels, `${name}.json`)) ? articles : nearMisses).push(text);
  }
  return { articles, nearMisses, offTopic: readFileSync(join(dir, 'offtopic.txt'), 'utf8') };
}

/** A claim-dense article of exactly `size` characters: the labelled pages, repeated. */
export function article(corpus: Corpus, size = 10_000): string {
  let text = '';
  for (let i = 0; text.length < size; i++) text += `${corpus.articles[i % corpus.articles.length]}\n\n`;
  return text.slice(0, size);
}

/**
 * About `size` characters of mostly off-topic text (general prose, with a near-miss money page
 * now and then) in which about 1% of the characters are claim sentences from the labelled pages.
 */
export function mixed(corpus: Corpus, size = 1_000_000): string {
  const claims = corpus.articles.flatMap((a) => a.split(/(?<=[。！？])/).filter((s) => /医保/.test(s) && s.length < 120));
  const filler = (i: number): string => (i % 10 === 9 ? corpus.nearMisses[i % corpus.nearMisses.length]! : corpus.offTopic);
  const parts: string[] = [];
  let length = 0;
  let claimChars = 0;
  for (let i = 0; length < size; i++) {
    if (claimChars < length * 0.01) {
      const c = claims[i % claims.length]!.trim();
      parts.push(`${c}\n`);
      claimChars += c.length + 1;
      length += c.length + 1;
    }
    const f = filler(i);
    parts.push(`${f}\n`);
    length += f.length + 1;
  }
  return parts.join('').slice(0, size);
}
