// npm run eval -- PAGES_DIR LABELS_DIR [--verbose] [--json]
// Scores the engine on labelled pages with the figures of the labelling rubric (docs/verdicts.md).
// A measurement, not a gate: it exits 0 whatever the figures; 2 when the inputs cannot be scored.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../engine';
import { InputError, readInput } from './read-input';
import { details, pageTable, summaryLine, verdictTables } from './eval-report';
import { LabelError, locate, perVerdictF1, confusion, scorePage, totals, type LocatedLabel, type PageScore } from './score';

const USAGE = 'usage: npm run eval -- PAGES_DIR LABELS_DIR [--verbose] [--json]';
const HELP = `${USAGE}
Scores the engine on PAGES_DIR/* against LABELS_DIR/<page>.json; a page without a label file is a
near-miss page, where every claim is a false positive. The last line is the summary.
  --verbose, -v  list each missed label, wrong verdict and false positive with line:col,
                 per-verdict F1 and the confusion matrix
  --json         one JSON object with the figures and every page's details`;

interface Args {
  pagesDir: string;
  labelsDir: string;
  verbose: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Args | 'help' | string {
  const dirs: string[] = [];
  let verbose = false;
  let json = false;
  for (const a of argv) {
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--json') json = true;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else dirs.push(a);
  }
  if (dirs.length !== 2) return `expected 2 directories, got ${dirs.length}`;
  return { pagesDir: dirs[0]!, labelsDir: dirs[1]!, verbose, json };
}

/** @return the sorted names of the regular, non-hidden files in dir */
function filesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile())
    .sort();
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (args === 'help') {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    process.stderr.write(`eval: ${args}\n${USAGE}\n`);
    return 2;
  }
  let pageNames: string[];
  let labelNames: string[];
  try {
    pageNames = filesIn(args.pagesDir);
    labelNames = filesIn(args.labelsDir).filter((n) => n.endsWith('.json'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`eval: ${err.path ?? ''}: ${err.code === 'ENOTDIR' ? 'not a directory' : err.code === 'ENOENT' ? 'no such directory' : 'cannot be read'}\n`);
    return 2;
  }

  // Every problem is collected before giving up, so one run shows all that needs fixing.
  const problems: string[] = [];
  for (const l of labelNames) {
    if (!pageNames.includes(basename(l, '.json'))) problems.push(`${join(args.labelsDir, l)}: no page ${basename(l, '.json')} in ${args.pagesDir}`);
  }
  const pages: PageScore[] = [];
  const texts = new Map<string, string>();
  for (const name of pageNames) {
    const pagePath = join(args.pagesDir, name);
    let text: string;
    try {
      text = readInput(pagePath);
    } catch (e) {
      problems.push(`${pagePath}: ${e instanceof InputError ? e.message : (e as Error).message}`);
      continue;
    }
    const labelPath = join(args.labelsDir, `${name}.json`);
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
      pages.push(scorePage(name, labels, analyze(text)));
      texts.set(name, text);
    } catch (e) {
      problems.push(`${pagePath}: analyze threw: ${args.verbose ? ((e as Error).stack ?? String(e)) : (e as Error).message}`);
    }
  }
  if (problems.length) {
    process.stderr.write(`${problems.map((p) => `eval: ${p}`).join('\n')}\n`);
    return 2;
  }

  const t = totals(pages);
  const pairs = pages.flatMap((p) => p.pairs);
  if (args.json) {
    const matrix = Object.fromEntries([...confusion(pairs)].map(([k, row]) => [k, Object.fromEntries(row)]));
    const perPage = pages.map(({ pairs: _, ...p }) => p);
    process.stdout.write(`${JSON.stringify({ ...t, perVerdict: perVerdictF1(pairs), confusion: matrix, pages: perPage })}\n`);
    return 0;
  }
  const out = [pageTable(pages)];
  if (args.verbose) out.push(details(pages, texts), verdictTables(pairs));
  const nearMissPages = pages.filter((p) => !p.labelled).length;
  out.push(`labels ${t.labels}, predicted ${t.predicted} on labelled pages, ${nearMissPages} near-miss pages\n${summaryLine(t)}`);
  process.stdout.write(`${out.join('\n\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
