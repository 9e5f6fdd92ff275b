// The accuracy figures of the labelling rubric (docs/verdicts.md), as pure functions.
import { VERDICTS, type Verdict } from '../engine';

export type LabelVerdict = Verdict | 'any';

export interface Label {
  quote: string;
  verdict: LabelVerdict;
  why?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A predicted claim: the fields of the engine's Claim that scoring and its report use. */
export interface Prediction extends Span {
  text: string;
  verdict: Verdict;
  entry: string;
  stance?: string;
  confidence?: number;
}

export interface LocatedLabel extends Label, Span {}

/** One page's outcome: what was found, missed, wrong, and which predictions were false positives. */
export interface PageScore {
  page: string;
  /** False for a near-miss page (no label file): every prediction on it is a false positive. */
  labelled: boolean;
  labels: number;
  predicted: number;
  /** Predictions that overlap a labelled (non-`any`) claim. */
  truePositives: number;
  falsePositives: Prediction[];
  /** Predictions that overlap only `any` labels: neither credited nor false positives. */
  ignored: Prediction[];
  missed: LocatedLabel[];
  wrong: { label: LocatedLabel; got: Prediction }[];
  correct: number;
  /** (expected, predicted) verdict pairs for macro-F1; predicted is null for a missed label, expected null for a false positive. */
  pairs: VerdictPair[];
}

export interface Totals {
  recall: number;
  precision: number;
  verdictAccuracy: number;
  macroF1: number;
  nearMissClaims: number;
  labels: number;
  predicted: number;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** A label file that cannot be scored; `problems` has one line per bad label. */
export class LabelError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const LABEL_VERDICTS: readonly string[] = [...VERDICTS, 'any'];

/**
 * Checks a parsed label file and finds each quote in the page (first occurrence, as the
 * rubric's scorer does). Every bad label is reported, not just the first, so a label file
 * can be fixed in one pass.
 * @throws LabelError listing each quote not in the page and each malformed label
 */
export function locate(pageText: string, labels: unknown): LocatedLabel[] {
  const claims = (labels as { claims?: unknown } | null)?.claims ?? labels;
  if (!Array.isArray(claims)) throw new LabelError(['no "claims" array']);
  const problems: string[] = [];
  const located: LocatedLabel[] = [];
  claims.forEach((raw: unknown, i) => {
    const l = raw as Partial<Label> | null;
    if (typeof l?.quote !== 'string' || l.quote === '' || !LABEL_VERDICTS.includes(l.verdict as string)) {
      problems.push(`claim ${i + 1}: needs a non-empty "quote" and a "verdict" among ${LABEL_VERDICTS.join(', ')}`);
      return;
    }
    const start = pageText.indexOf(l.quote);
    if (start < 0) problems.push(`claim ${i + 1}: quote not found in page: ${JSON.stringify(l.quote)}`);
    else located.push({ ...(l as Label), start, end: start + l.quote.length });
  });
  if (problems.length) throw new LabelError(problems);
  return located;
}

/**
 * Scores one page. A prediction overlapping only `any` labels is neither credited nor a
 * false positive; one overlapping a real label is a true positive even when another
 * prediction overlaps the same label. A labelled claim's verdict is judged by the
 * overlapping prediction with the most overlap (ties: the earlier one): the engine emits one
 * claim per clause, so the prediction covering most of the quote is the one a reader sees
 * for it.
 * @param labels null for a near-miss page without a label file
 */
export function scorePage(page: string, labels: LocatedLabel[] | null, predictions: Prediction[]): PageScore {
  const all = labels ?? [];
  const real = all.filter((l) => l.verdict !== 'any');
  const score: PageScore = {
    page,
    labelled: labels !== null,
    labels: real.length,
    predicted: 0,
    truePositives: 0,
    falsePositives: [],
    ignored: [],
    missed: [],
    wrong: [],
    correct: 0,
    pairs: [],
  };
  for (const p of predictions) {
    const hit = all.filter((l) => overlaps(p, l));
    if (hit.length === 0) {
      score.predicted++;
      score.falsePositives.push(p);
      score.pairs.push([null, p.verdict]);
    } else if (hit.some((l) => l.verdict !== 'any')) {
      score.predicted++;
      score.truePositives++;
    } else score.ignored.push(p);
  }
  for (const label of real) {
    const over = predictions.filter((p) => overlaps(p, label));
    if (over.length === 0) {
      score.missed.push(label);
      score.pairs.push([label.verdict as Verdict, null]);
      continue;
    }
    const best = over.reduce((a, b) => (overlapLength(b, label) > overlapLength(a, label) ? b : a));
    score.pairs.push([label.verdict as Verdict, best.verdict]);
    if (best.verdict === label.verdict) score.correct++;
    else score.wrong.push({ label, got: best });
  }
  return score;
}

/** An empty denominator scores 1: nothing to find (or nothing predicted) is nothing done wrong. */
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export type VerdictPair = [expected: Verdict | null, predicted: Verdict | null];

export interface VerdictF1 {
  verdict: Verdict;
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}

/**
 * Per-verdict F1 over the verdicts present in the labels. Each (expected, predicted) pair
 * counts once: a matched label with the right verdict is a true positive of it; with another
 * verdict, a false negative of the expected and a false positive of the predicted one; a
 * missed label (predicted null) a false negative of its verdict; a false-positive prediction
 * (expected null) a false positive of its predicted verdict. Predictions on `any` spans and
 * extra predictions on an already-judged label are not pairs.
 */
export function perVerdictF1(pairs: VerdictPair[]): VerdictF1[] {
  const present = VERDICTS.filter((v) => pairs.some(([e]) => e === v));
  return present.map((verdict) => {
    const tp = pairs.filter(([e, p]) => e === verdict && p === verdict).length;
    const fp = pairs.filter(([e, p]) => e !== verdict && p === verdict).length;
    const fn = pairs.filter(([e, p]) => e === verdict && p !== verdict).length;
    return { verdict, tp, fp, fn, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn) };
  });
}

/** Mean of the per-verdict F1 scores (1 when the labels hold no verdict at all). */
export function macroF1(pairs: VerdictPair[]): number {
  const scores = perVerdictF1(pairs);
  return scores.length === 0 ? 1 : scores.reduce((s, v) => s + v.f1, 0) / scores.length;
}

/** Counts of (expected, predicted) pairs; the key `none` stands for a missed label or a false positive. */
export function confusion(pairs: VerdictPair[]): Map<string, Map<string, number>> {
  const table = new Map<string, Map<string, number>>();
  for (const [e, p] of pairs) {
    const row = table.get(e ?? 'none') ?? new Map<string, number>();
    row.set(p ?? 'none', (row.get(p ?? 'none') ?? 0) + 1);
    table.set(e ?? 'none', row);
  }
  return table;
}

export function totals(pages: PageScore[]): Totals {
  const labelled = pages.filter((p) => p.labelled);
  const nearMiss = pages.filter((p) => !p.labelled);
  const sum = (ps: PageScore[], f: (p: PageScore) => number): number => ps.reduce((n, p) => n + f(p), 0);
  const labels = sum(pages, (p) => p.labels);
  const nearMissClaims = sum(nearMiss, (p) => p.predicted);
  return {
    recall: ratio(sum(pages, (p) => p.labels - p.missed.length), labels),
    // Claims on near-miss pages are false positives too (docs/verdicts.md).
    precision: ratio(sum(pages, (p) => p.truePositives), sum(labelled, (p) => p.predicted) + nearMissClaims),
    verdictAccuracy: ratio(sum(pages, (p) => p.correct), labels),
    macroF1: macroF1(pages.flatMap((p) => p.pairs)),
    nearMissClaims,
    labels,
    predicted: sum(labelled, (p) => p.predicted),
  };
}
