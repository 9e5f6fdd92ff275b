// Formats eval results: the per-page table, the --verbose details and the summary line.
import { lineCol } from './report';
import { confusion, perVerdictF1, type LocatedLabel, type PageScore, type Prediction, type Totals, type VerdictPair } from './score';

const f2 = (x: number): string => x.toFixed(2);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

/** Columns padded to their widest cell; the first left-aligned, the others right-aligned. */
export function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

export function pageTable(pages: PageScore[]): string {
  const head = ['page', 'labels', 'predicted', 'TP', 'FP', 'missed', 'wrong-verdict'];
  const rows = pages.map((p) => [
    p.labelled ? p.page : `${p.page} (near-miss)`,
    String(p.labels),
    String(p.predicted),
    String(p.truePositives),
    String(p.falsePositives.length),
    String(p.missed.length),
    String(p.wrong.length),
  ]);
  return columns([head, ...rows]);
}

/** The last line of the output, in a fixed form scripts can grep. */
export function summaryLine(t: Totals): string {
  return (
    `recall ${f2(t.recall)} precision ${f2(t.precision)} verdict-accuracy ${f2(t.verdictAccuracy)} ` +
    `macro-F1 ${f2(t.macroF1)} near-miss-claims ${t.nearMissClaims}`
  );
}

const where = (text: string, s: { start: number }): string => lineCol(text, s.start).join(':');
const claimTag = (p: Prediction): string =>
  [p.verdict, p.entry, p.stance, p.confidence === undefined ? undefined : f2(p.confidence)].filter((x) => x !== undefined).join(' ');
const labelTag = (l: LocatedLabel): string => `${l.verdict}${l.why ? ` — ${l.why}` : ''}`;

/**
 * Everything that cost a point, page by page, with line:column in the page so each case can
 * be opened and fixed: missed labels, wrong verdicts (the label, then the claim that judged it),
 * false positives, and claims that fell on `any` spans (not scored, listed for completeness).
 */
export function details(pages: PageScore[], texts: ReadonlyMap<string, string>): string {
  const out: string[] = [];
  for (const p of pages) {
    const text = texts.get(p.page) ?? '';
    const lines: string[] = [];
    for (const m of p.missed) lines.push(`  MISSED  ${where(text, m)}  expected ${labelTag(m)}`, `          「${oneLine(m.quote)}」`);
    for (const { label, got } of p.wrong) {
      lines.push(
        `  WRONG   ${where(text, label)}  expected ${labelTag(label)}; got ${claimTag(got)}`,
        `          label 「${oneLine(label.quote)}」`,
        `          claim 「${oneLine(got.text)}」`,
      );
    }
    for (const f of p.falsePositives) lines.push(`  FP      ${where(text, f)}  got ${claimTag(f)}`, `          「${oneLine(f.text)}」`);
    for (const a of p.ignored) lines.push(`  on-any  ${where(text, a)}  got ${claimTag(a)}  「${oneLine(a.text)}」`);
    if (lines.length) out.push(`${p.page}${p.labelled ? '' : ' (near-miss)'}`, ...lines);
  }
  return out.length ? out.join('\n') : 'no missed labels, wrong verdicts or false positives';
}

/** Per-verdict TP/FP/FN/F1 and the expected × predicted confusion matrix (`none` = missed or FP). */
export function verdictTables(pairs: VerdictPair[]): string {
  const f1 = columns([
    ['verdict', 'TP', 'FP', 'FN', 'F1'],
    ...perVerdictF1(pairs).map((v) => [v.verdict, String(v.tp), String(v.fp), String(v.fn), f2(v.f1)]),
  ]);
  const matrix = confusion(pairs);
  const keys = ['accurate', 'region-dependent', 'misleading', 'illegal', 'none'];
  const rowsPresent = keys.filter((k) => matrix.has(k));
  const colsPresent = keys.filter((k) => [...matrix.values()].some((r) => r.has(k)));
  const grid = columns([
    ['expected \\ predicted', ...colsPresent],
    ...rowsPresent.map((r) => [r, ...colsPresent.map((c) => String(matrix.get(r)?.get(c) ?? 0))]),
  ]);
  return `${f1}\n\n${grid}`;
}
