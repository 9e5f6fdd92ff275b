// npm run eval -- PAGES_DIR LABELS_DIR [--part tune|check|all] [--verbose] [--json]
// Scores the engine on labelled pages with the figures of the labelling rubric (docs/verdicts.md).
// A measurement, not a gate: it exits 0 whatever the figures; 2 when the inputs cannot be scored.
// The gate is tests/corpus/shared-corpus.test.ts, which scores through the same code.
import { analyze } from '../engine';
import { readCommandLine, usageError, type CommandText } from './command-line';
import { details, pageTable, summaryLine, verdictTables } from './eval-report';
import { perVerdictF1, confusion, totals } from './score';
import { PARTS, scoreDir, type Part } from './score-dir';

const USAGE = 'usage: npm run eval -- PAGES_DIR LABELS_DIR [--part tune|check|all] [--verbose] [--json]';
const HELP = `${USAGE}
Scores the engine on PAGES_DIR/* against LABELS_DIR/<page>.json; a page without a label file is a
near-miss page, where every claim is a false positive. The last line is the summary.
  --part PART    score only the pages of one part: check (the number the file name starts with,
                 as in c004 or n104, is a multiple of 4), tune (the others, and names without a
                 number) or all (the default)
  --verbose, -v  list each missed label, wrong verdict and false positive with line:col,
                 per-verdict F1 and the confusion matrix
  --json         one JSON object with the figures and every page's details`;

interface Args {
  pagesDir: string;
  labelsDir: string;
  part: Part;
  verbose: boolean;
  json: boolean;
}

const COMMAND: CommandText = { name: 'eval', usage: USAGE, help: HELP };

const OPTIONS = {
  part: { type: 'string', default: 'all' },
  verbose: { type: 'boolean', short: 'v', default: false },
  json: { type: 'boolean', default: false },
} as const;

/** @return the arguments; or, once the help or a usage error is printed, the exit code */
function readArgs(argv: string[]): Args | number {
  const parsed = readCommandLine(argv, OPTIONS, COMMAND);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!PARTS.includes(values.part as Part)) return usageError(COMMAND, `--part must be one of ${PARTS.join(', ')}, got ${values.part}`);
  if (positionals.length !== 2) return usageError(COMMAND, `expected 2 directories, got ${positionals.length}`);
  return { pagesDir: positionals[0]!, labelsDir: positionals[1]!, part: values.part as Part, verbose: values.verbose, json: values.json };
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (typeof args === 'number') return args;
  let scored;
  try {
    scored = await scoreDir(args.pagesDir, args.labelsDir, { part: args.part, analyze, stacks: args.verbose });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`eval: ${err.path ?? ''}: ${err.code === 'ENOTDIR' ? 'not a directory' : err.code === 'ENOENT' ? 'no such directory' : 'cannot be read'}\n`);
    return 2;
  }
  const { pages, texts, problems } = scored;
  if (problems.length) {
    process.stderr.write(`${problems.map((p) => `eval: ${p}`).join('\n')}\n`);
    return 2;
  }

  const t = totals(pages);
  const pairs = pages.flatMap((p) => p.pairs);
  if (args.json) {
    const matrix = Object.fromEntries([...confusion(pairs)].map(([k, row]) => [k, Object.fromEntries(row)]));
    const perPage = pages.map(({ pairs: _, ...p }) => p);
    process.stdout.write(`${JSON.stringify({ part: args.part, ...t, perVerdict: perVerdictF1(pairs), confusion: matrix, pages: perPage })}\n`);
    return 0;
  }
  const out = [pageTable(pages)];
  if (args.verbose) out.push(details(pages, texts), verdictTables(pairs));
  const nearMissPages = pages.filter((p) => !p.labelled).length;
  const part = args.part === 'all' ? '' : `${args.part} part: `;
  out.push(`${part}labels ${t.labels}, predicted ${t.predicted} on labelled pages, ${nearMissPages} near-miss pages\n${summaryLine(t)}`);
  process.stdout.write(`${out.join('\n\n')}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
