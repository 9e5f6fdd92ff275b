// Learning the clause classifier's weights from labelled pages: the rows a page gives (one per
// clause the engine reads, with the class of the label it overlaps), the folds of cross-validation,
// and multinomial logistic regression by AdaGrad.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readClauses } from '../../lib/engine/read-clauses';
import { featuresAt, HASH_BITS, pageCues, sentenceCues } from '../../lib/engine/clause-features';
import { CLASSES } from '../../lib/engine/classifier';
import { locate, type LocatedLabel } from '../../lib/cli/score';

const K = CLASSES.length;
const D = 1 << HASH_BITS;

export interface Page {
  name: string;
  text: string;
  /** null for a near-miss page. */
  labels: LocatedLabel[] | null;
  /** One row per clause the classifier would see: its features and its class (-1: ambiguous, not trained on). */
  rows: { features: number[]; target: number }[];
}

export function loadSet(pagesDir: string, labelsDir: string, keep: (name: string) => boolean): Page[] {
  if (!existsSync(pagesDir)) return [];
  return readdirSync(pagesDir)
    .filter((n) => n.endsWith('.txt') && keep(n))
    .sort()
    .map((name) => {
      const text = readFileSync(join(pagesDir, name), 'utf8');
      const labelPath = join(labelsDir, `${name}.json`);
      const labels = existsSync(labelPath) ? locate(text, JSON.parse(readFileSync(labelPath, 'utf8'))) : null;
      return { name, text, labels, rows: rowsOf(text, labels ?? []) };
    });
}

/** The class of a clause: the verdict of the real label it overlaps most; -1 when it overlaps only ambiguous spans. */
function targetOf(start: number, end: number, labels: LocatedLabel[]): number {
  let best: LocatedLabel | null = null;
  let bestOverlap = 0;
  let ambiguous = false;
  for (const l of labels) {
    const overlap = Math.min(end, l.end) - Math.max(start, l.start);
    if (overlap <= 0) continue;
    if (l.verdict === 'any') ambiguous = true;
    else if (overlap > bestOverlap) [best, bestOverlap] = [l, overlap];
  }
  if (best) return CLASSES.indexOf(best.verdict as (typeof CLASSES)[number]);
  return ambiguous ? -1 : 0;
}

function rowsOf(text: string, labels: LocatedLabel[]): Page['rows'] {
  const { norm, sentences } = readClauses(text);
  const rows: Page['rows'] = [];
  const page = pageCues(norm);
  for (const r of sentences) {
    const cues = sentenceCues(norm, r.sentence, r.hits, page);
    r.sentence.clauses.forEach((clause, k) => {
      const features = featuresAt(norm, r, k, cues);
      rows.push({ features, target: targetOf(clause.start, clause.end, labels) });
    });
  }
  return rows;
}

/** The fold of each of n pages: in order for the first repeat, then in a seeded shuffle per repeat. */
export function foldsOf(n: number, folds: number, repeat: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = 7 + repeat;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  if (repeat > 0) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  }
  const fold = new Array<number>(n);
  order.forEach((page, k) => (fold[page] = k % folds));
  return fold;
}

export interface Hyper {
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of a "no claim" example relative to a claim. */
  noneWeight: number;
  /** Rare verdicts weigh (count of the commonest / their count) to this power. */
  balance: number;
  /** How many shuffled orders of the rows to learn in; their weights are averaged. */
  seeds: number;
}

/**
 * The mean of the weights learned in h.seeds orders of the rows: one order's weights carry that
 * order's noise (cross-validation moved by ±0.02 from one to the next), the mean much less.
 */
export function train(pages: Page[], h: Hyper): Float32Array {
  const n = Math.max(1, h.seeds);
  const mean = new Float32Array(D * K);
  for (let i = 0; i < n; i++) {
    const w = trainOnce(pages, h, 12345 + 7919 * i);
    for (let j = 0; j < mean.length; j++) mean[j]! += w[j]! / n;
  }
  return mean;
}

/** Multinomial logistic regression by AdaGrad over the rows, in one seeded shuffled order per epoch. */
function trainOnce(pages: Page[], h: Hyper, firstSeed: number): Float32Array {
  const w = new Float32Array(D * K);
  const g2 = new Float32Array(D * K).fill(1e-6);
  const rows = pages.flatMap((p) => p.rows).filter((r) => r.target >= 0);
  let seed = firstSeed;
  const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const counts = new Array<number>(K).fill(0);
  for (const r of rows) counts[r.target]!++;
  const most = Math.max(...counts.slice(1));
  const classWeight = counts.map((n, k) => (k === 0 ? h.noneWeight : (most / Math.max(1, n)) ** h.balance));
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < h.epochs; epoch++) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    for (const { features, target } of rows) {
      z.fill(0);
      for (const f of features) for (let k = 0; k < K; k++) z[k]! += w[f * K + k]!;
      let max = -Infinity;
      for (const v of z) max = Math.max(max, v);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
      const weight = classWeight[target]!;
      for (let k = 0; k < K; k++) {
        const grad = weight * (z[k]! / sum - (k === target ? 1 : 0));
        for (const f of features) {
          const at = f * K + k;
          const gg = grad + h.l2 * w[at]!;
          g2[at]! += gg * gg;
          w[at]! -= (h.rate * gg) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  return w;
}

