// The accuracy figures of the labelling rubric (docs/verdicts.md), as pure functions.
import type { Verdict } from '../engine';

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

export interface Prediction extends Span {
  text: string;
  verdict: Verdict;
  entry: string;
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
  missed: LocatedLabel[];
  wrong: { label: LocatedLabel; got: Prediction }[];
  correct: number;
  /** (expected, predicted) verdict pairs for macro-F1; predicted is null for a missed label, expected null for a false positive. */
  pairs: [Verdict | null, Verdict | null][];
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

/**
 * Finds each label's quote in the page (first occurrence, as the rubric's scorer does).
 * @throws Error naming the quote when it is not in the page
 */
export function locate(pageText: string, labels: Label[]): LocatedLabel[] {
  return labels.map((l) => {
    const start = pageText.indexOf(l.quote);
    if (start < 0 || l.quote === '') throw new Error(`label quote not found in page: ${JSON.stringify(l.quote.slice(0, 40))}`);
    return { ...l, start, end: start + l.quote.length };
  });
}

/**
 * Scores one page. A prediction overlapping only `any` labels is neither credited nor a
 * false positive. A labelled claim is judged by the overlapping prediction with the most
 * overlap (ties: the earlier one).
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
    }
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

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/**
 * Macro-F1 over the verdicts present in the labels. Each (expected, predicted) pair counts
 * for the per-verdict tallies: a missed label is a false negative of its verdict, a false
 * positive prediction a false positive of its predicted verdict.
 */
export function macroF1(pairs: [Verdict | null, Verdict | null][]): number {
  const present = [...new Set(pairs.map(([e]) => e).filter((e): e is Verdict => e !== null))];
  if (present.length === 0) return 1;
  let sum = 0;
  for (const v of present) {
    const tp = pairs.filter(([e, p]) => e === v && p === v).length;
    const fp = pairs.filter(([e, p]) => e !== v && p === v).length;
    const fn = pairs.filter(([e, p]) => e === v && p !== v).length;
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / present.length;
}

export function totals(pages: PageScore[]): Totals {
  const labels = pages.reduce((n, p) => n + p.labels, 0);
  const predicted = pages.filter((p) => p.labelled).reduce((n, p) => n + p.predicted, 0);
  const tp = pages.reduce((n, p) => n + p.truePositives, 0);
  const found = pages.reduce((n, p) => n + p.labels - p.missed.length, 0);
  const correct = pages.reduce((n, p) => n + p.correct, 0);
  return {
    recall: ratio(found, labels),
    precision: ratio(tp, predicted + pages.filter((p) => !p.labelled).reduce((n, p) => n + p.predicted, 0)),
    verdictAccuracy: ratio(correct, labels),
    macroF1: macroF1(pages.flatMap((p) => p.pairs)),
    nearMissClaims: pages.filter((p) => !p.labelled).reduce((n, p) => n + p.predicted, 0),
    labels,
    predicted,
  };
}
