// npm run eval -- PAGES_DIR LABELS_DIR [--verbose] [--json]
// Scores the engine on labelled pages with the figures of the labelling rubric.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../engine';
import { locate, scorePage, totals, type Label, type PageScore } from './score';

const USAGE = 'usage: npm run eval -- PAGES_DIR LABELS_DIR [--verbose] [--json]';

const f2 = (x: number): string => x.toFixed(2);
const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 60)}…` : s).replace(/\s+/g, ' ');

function table(pages: PageScore[]): string {
  const head = ['page', 'labels', 'predicted', 'TP', 'FP', 'missed', 'wrong'];
  const rows = pages.map((p) => [
    p.labelled ? p.page : `${p.page} (near-miss)`,
    String(p.labels),
    String(p.predicted),
    String(p.truePositives),
    String(p.falsePositives.length),
    String(p.missed.length),
    String(p.wrong.length),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

function details(pages: PageScore[]): string {
  const lines: string[] = [];
  for (const p of pages) {
    for (const m of p.missed) lines.push(`MISSED  ${p.page}  [${m.verdict}] ${short(m.quote)}`);
    for (const w of p.wrong) {
      lines.push(`WRONG   ${p.page}  expected ${w.label.verdict}, got ${w.got.verdict} (${w.got.entry}): ${short(w.label.quote)}`);
    }
    for (const f of p.falsePositives) lines.push(`FP      ${p.page}  [${f.verdict} ${f.entry}] ${short(f.text)}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const json = argv.includes('--json');
  const dirs = argv.filter((a) => !a.startsWith('-'));
  const unknown = argv.filter((a) => a.startsWith('-') && !['--verbose', '-v', '--json'].includes(a));
  if (dirs.length !== 2 || unknown.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [pagesDir, labelsDir] = dirs as [string, string];
  for (const d of dirs) {
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      process.stderr.write(`eval: ${d}: not a directory\n`);
      return 2;
    }
  }
  const pages: PageScore[] = [];
  for (const name of readdirSync(pagesDir).filter((n) => !n.startsWith('.')).sort()) {
    const text = readFileSync(join(pagesDir, name), 'utf8').replace(/^\uFEFF/, '');
    const labelFile = join(labelsDir, `${name}.json`);
    let labels = null;
    if (existsSync(labelFile)) {
      try {
        labels = locate(text, (JSON.parse(readFileSync(labelFile, 'utf8')) as { claims: Label[] }).claims);
      } catch (e) {
        process.stderr.write(`eval: ${labelFile}: ${(e as Error).message}\n`);
        return 2;
      }
    }
    pages.push(scorePage(name, labels, analyze(text)));
  }
  const t = totals(pages);
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...t, pages: pages.map(({ pairs: _, ...p }) => p) })}\n`);
    return 0;
  }
  process.stdout.write(`${table(pages)}\n`);
  if (verbose) process.stdout.write(`\n${details(pages)}\n`);
  process.stdout.write(
    `\nlabels ${t.labels}, predicted ${t.predicted} on labelled pages\n` +
      `recall ${f2(t.recall)} precision ${f2(t.precision)} verdict-accuracy ${f2(t.verdictAccuracy)} macro-F1 ${f2(t.macroF1)} near-miss-claims ${t.nearMissClaims}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
