// Scores a directory of pages against a directory of label files: the loop behind `npm run eval`
// and the corpus gate in tests/corpus, so both measure the same way.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readInput } from './read-input';
import { LabelError, locate, scorePage, type LocatedLabel, type PageScore, type Prediction } from './score';

/** The check part is held back from tuning: pages whose number is a multiple of 4 (c004, n104, 008_…). */
export type Part = 'tune' | 'check' | 'all';
export const PARTS: readonly Part[] = ['tune', 'check', 'all'];

/** @return the part of a page from the number its file name starts with; a name without one is tune */
export function partOf(name: string): 'tune' | 'check' {
  const m = /^[cn]?0*(\d+)/.exec(name);
  return m && Number(m[1]) % 4 === 0 ? 'check' : 'tune';
}

export interface ScoreDirOptions {
  part?: Part;
  /** The engine's analyze (passed in, so callers choose the engine build they measure). */
  analyze: (text: string) => Prediction[];
  /** Report analyze's stack trace rather than its message when it throws. */
  stacks?: boolean;
}

export interface ScoredDir {
  /** The scored pages of the part, in file-name order. */
  pages: PageScore[];
  /** Each scored page's text, as the engine read it. */
  texts: Map<string, string>;
  /** One line per problem (unreadable page, bad label, label without its page, analyze throwing); the pages are not to be trusted when any. */
  problems: string[];
}

/** @return the sorted names of the regular, non-hidden files in dir */
function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile())
    .sort();
}

/**
 * Scores PAGES_DIR/* (of one part) against LABELS_DIR/<page>.json; a page without a label file is a
 * near-miss page. Every problem is collected before returning, so one run shows all that needs fixing.
 * @throws the file system's error when a directory cannot be listed
 */
export async function scoreDir(pagesDir: string, labelsDir: string, options: ScoreDirOptions): Promise<ScoredDir> {
  const part = options.part ?? 'all';
  const allPages = filesIn(pagesDir);
  const labelNames = filesIn(labelsDir).filter((n) => n.endsWith('.json'));
  const problems: string[] = [];
  for (const l of labelNames) {
    if (!allPages.includes(basename(l, '.json'))) problems.push(`${join(labelsDir, l)}: no page ${basename(l, '.json')} in ${pagesDir}`);
  }
  const pages: PageScore[] = [];
  const texts = new Map<string, string>();
  for (const name of allPages.filter((n) => part === 'all' || partOf(n) === part)) {
    const pagePath = join(pagesDir, name);
    let text: string;
    try {
      text = await readInput(pagePath);
    } catch (e) {
      problems.push(`${pagePath}: ${(e as Error).message}`);
      continue;
    }
    const labelPath = join(labelsDir, `${name}.json`);
    let labels: LocatedLabel[] | null = null;
    if (existsSync(labelPath)) {
      try {
        labels = locate(text, JSON.parse(readFileSync(labelPath, 'utf8')) as unknown);
      } catch (e) {
        const lines = e instanceof LabelError ? e.problems : [(e as Error).message];
        problems.push(...lines.map((l) => `${labelPath}: ${l}`));
        continue;
      }
    }
    try {
      pages.push(scorePage(name, labels, options.analyze(text)));
      texts.set(name, text);
    } catch (e) {
      problems.push(`${pagePath}: analyze threw: ${options.stacks ? ((e as Error).stack ?? String(e)) : (e as Error).message}`);
    }
  }
  return { pages, texts, problems };
}
