// Formats check results: one JSON line per file, or a report for people.
import type { Claim, Verdict } from '../engine';
import { VERDICTS } from '../engine';

const LABEL: Record<Verdict, string> = {
  accurate: '准确 accurate',
  'region-dependent': '因地而异 region-dependent',
  misleading: '误导 misleading',
  illegal: '违法 illegal',
};

/** The --json line for one file: exactly the fields of the command's contract. */
export function jsonLine(file: string, claims: Claim[]): string {
  return JSON.stringify({
    file,
    claims: claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      verdict: c.verdict,
      entry: c.entry,
      confidence: c.confidence,
      explanation: c.explanation.zh,
      sources: c.sources,
    })),
  });
}

/** 1-based line and column of a UTF-16 offset. */
export function lineCol(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
}

/** A title in 《》, unless it already carries them. */
const bookTitle = (title: string): string => (title.startsWith('《') ? title : `《${title}》`);

/** The human-readable report for one file. */
export function textReport(file: string, text: string, claims: Claim[]): string {
  const counts = VERDICTS.map((v) => `${v} ${claims.filter((c) => c.verdict === v).length}`).join(', ');
  const lines = [`${file}: ${claims.length} claim${claims.length === 1 ? '' : 's'} (${counts})`];
  for (const c of claims) {
    const [line, col] = lineCol(text, c.start);
    lines.push(`  ${line}:${col}  [${LABEL[c.verdict]}]  ${c.text}`);
    lines.push(`      ${c.explanation.zh}`);
    const sources = c.sources.map((s) => `${bookTitle(s.title)}${s.docNumber ? ` ${s.docNumber}` : ''}`).join('；');
    lines.push(`      来源 sources: ${sources}`);
  }
  return lines.join('\n');
}
