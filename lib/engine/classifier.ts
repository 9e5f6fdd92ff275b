// A linear (multinomial logistic) model over hashed clause features: is this clause a claim,
// and which verdict does a reader of the rubric give it. Learned by scripts/train-classifier.ts
// from labelled pages; stored in data/classifier.json as buckets and 8-bit weights.
import type { Verdict } from './types';

/** Class 0 is "no claim"; the others are the verdicts in this order. */
export const CLASSES = ['none', 'accurate', 'region-dependent', 'misleading', 'illegal'] as const;

/** The stored form: see encodeModel. */
export interface StoredModel {
  hashBits: number;
  classes: readonly string[];
  /** Weight = byte × scale. */
  scale: number;
  /** A clause is a claim when P(none) is below this. */
  threshold: number;
  /** Added to the logit of the verdict the rules give, where they give one. */
  ruleBoost: number;
  /** Below this confidence the model does not overrule a firm reading of the rules (see decide). */
  overrule: number;
  /** Added to each class's logit: where the labelled pages' mix of verdicts misleads the weights. */
  bias?: number[];
  /** Base64 of the sorted buckets as unsigned 16-bit little-endian integers. */
  buckets: string;
  /** Base64 of one signed byte per (bucket, class), bucket-major. */
  weights: string;
  /** How the model was measured when it was trained (cross-validation over pages). */
  trained?: Record<string, unknown>;
}

export interface Model {
  threshold: number;
  ruleBoost: number;
  overrule: number;
  bias: Float64Array;
  /**
   * The K weights of every bucket, bucket-major, zero where the model stores none: one memory
   * read per feature, no row index to go through. Bytes are summed as integers and scaled once
   * (a quarter of the memory of floats, fewer cache misses).
   */
  weights: Int8Array;
  /**
   * The same weights for the sums: classes 0–3 of a bucket as four bytes of one integer, each
   * offset by 128 (unsigned), so one read and two masked adds sum four classes in 16-bit lanes
   * (see probabilitiesInto); class 4 apart.
   */
  packed: Int32Array;
  fifth: Int8Array;
  scale: number;
}

/** Five classes: probabilities sums them in five locals, and the type says so should CLASSES change. */
const K: 5 = CLASSES.length;
/** How sure the model must be that a firm reading of the rules is no claim to drop it. */
const FIRM_NONE = 0.9;

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function decodeModel(stored: StoredModel): Model {
  if (stored.classes.join() !== CLASSES.join()) throw new Error('classifier: classes do not match the engine');
  const bucketBytes = fromBase64(stored.buckets);
  const weightBytes = fromBase64(stored.weights);
  const n = bucketBytes.length / 2;
  if (weightBytes.length !== n * K) throw new Error('classifier: weights do not match buckets');
  const view = new DataView(bucketBytes.buffer, bucketBytes.byteOffset, bucketBytes.byteLength);
  const signed = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.byteLength);
  const weights = new Int8Array((1 << stored.hashBits) * K);
  for (let i = 0; i < n; i++) weights.set(signed.subarray(i * K, i * K + K), view.getUint16(i * 2, true) * K);
  const bias = Float64Array.from(stored.bias ?? new Array<number>(K).fill(0));
  if (bias.length !== K) throw new Error('classifier: one bias per class');
  const packed = new Int32Array(1 << stored.hashBits);
  const fifth = new Int8Array(1 << stored.hashBits);
  for (let b = 0; b < packed.length; b++) {
    const at = b * K;
    packed[b] = (weights[at]! + 128) | ((weights[at + 1]! + 128) << 8) | ((weights[at + 2]! + 128) << 16) | ((weights[at + 3]! + 128) << 24);
    fifth[b] = weights[at + 4]!;
  }
  return { threshold: stored.threshold, ruleBoost: stored.ruleBoost, overrule: stored.overrule, bias, weights, packed, fifth, scale: stored.scale };
}

/**
 * @param weights dense weights, bucket-major (weights[bucket * K + k])
 * @return the stored form: only buckets with a weight, quantised to a byte each
 */
export function encodeModel(
  weights: Float32Array,
  hashBits: number,
  decision: { threshold: number; ruleBoost: number; overrule: number; bias?: number[] },
  trained?: Record<string, unknown>,
): StoredModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const buckets: number[] = [];
  const bytes: number[] = [];
  for (let b = 0; b < weights.length / K; b++) {
    const q: number[] = [];
    for (let k = 0; k < K; k++) q.push(Math.round(weights[b * K + k]! / scale));
    if (q.every((x) => x === 0)) continue;
    buckets.push(b);
    bytes.push(...q);
  }
  if (hashBits > 16) throw new Error('classifier: buckets are stored in 16 bits');
  const bucketBytes = new Uint8Array(buckets.length * 2);
  const view = new DataView(bucketBytes.buffer);
  buckets.forEach((b, i) => view.setUint16(i * 2, b, true));
  return {
    hashBits,
    classes: CLASSES,
    scale,
    ...decision,
    buckets: toBase64(bucketBytes),
    weights: toBase64(new Uint8Array(new Int8Array(bytes).buffer)),
    ...(trained ? { trained } : {}),
  };
}

/** @return class probabilities (softmax of the summed weights, the rules' verdict boosted) */
export function probabilities(model: Model, features: ArrayLike<number>, ruleVerdict?: Verdict): Float64Array {
  return probabilitiesInto(new Float64Array(K), model, features, ruleVerdict);
}

/** decide's probabilities, written over for every clause: no array to allocate per clause. */
const scratch = new Float64Array(K);

/** Features summed into 16-bit lanes before they are emptied: 128 × 255 in the top lane stays below 2³¹, a small integer. */
const LANE_RUN = 128;

function probabilitiesInto(z: Float64Array, model: Model, features: ArrayLike<number>, ruleVerdict?: Verdict): Float64Array {
  const { packed, fifth } = model;
  // This loop runs for every feature of every clause of a page: two reads a feature, not five.
  // Classes 0 and 2 add up in the lanes of `even`, 1 and 3 in those of `odd`, each weight offset
  // by 128 (taken off at the end). Integer sums, so their order does not matter.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < features.length; ) {
    const stop = Math.min(features.length, i + LANE_RUN);
    let even = 0;
    let odd = 0;
    for (; i < stop; i++) {
      const b = features[i]!;
      const w = packed[b]!;
      even += w & 0x00ff00ff;
      odd += (w >>> 8) & 0x00ff00ff;
      s4 += fifth[b]!;
    }
    s0 += even & 0xffff;
    s2 += even >>> 16;
    s1 += odd & 0xffff;
    s3 += odd >>> 16;
  }
  const offset = 128 * features.length;
  s0 -= offset;
  s1 -= offset;
  s2 -= offset;
  s3 -= offset;
  const { bias } = model;
  z[0] = s0 * model.scale + bias[0]!;
  z[1] = s1 * model.scale + bias[1]!;
  z[2] = s2 * model.scale + bias[2]!;
  z[3] = s3 * model.scale + bias[3]!;
  z[4] = s4 * model.scale + bias[4]!;
  if (ruleVerdict) {
    const r = CLASSES.indexOf(ruleVerdict);
    z[r] = z[r]! + model.ruleBoost;
  }
  let max = -Infinity;
  // Indexed, not for…of: the iterator was allocated for every clause.
  for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
  let sum = 0;
  for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < K; k++) z[k]! /= sum;
  return z;
}

export interface Decision {
  verdict: Verdict;
  /** Probability of that verdict given that the clause is a claim. */
  confidence: number;
}

/**
 * @param strictness scales the threshold down where a claim is less likely a priori
 * @param ruleVerdict the rules' verdict for the clause, if they have one
 * @param firm the rules read something plainly false or illegal (granted, or a true right denied)
 * @return the verdict the model gives the clause, or null when it reads as no claim
 */
export function decide(model: Model, features: ArrayLike<number>, strictness = 1, ruleVerdict?: Verdict, firm = false, routeRead = true): Decision | null {
  const p = probabilitiesInto(scratch, model, features, ruleVerdict);
  if (p[0]! >= model.threshold * strictness) {
    // A plainly false claim the rules read stays a claim unless the model is sure it is none.
    if (!(ruleVerdict && firm && p[0]! < FIRM_NONE)) return null;
    return { verdict: ruleVerdict, confidence: 1 - p[0]! };
  }
  // Illegal says the page offers a route: not where the rules read no route in the clause.
  const last = routeRead ? K : K - 1;
  let best = 1;
  for (let k = 2; k < last; k++) if (p[k]! > p[best]!) best = k;
  const confidence = p[best]! / (1 - p[0]!);
  // Where the rules read a plainly false claim, an unsure model does not turn it round.
  if (ruleVerdict && firm && CLASSES[best] !== ruleVerdict && confidence < model.overrule) {
    return { verdict: ruleVerdict, confidence: p[CLASSES.indexOf(ruleVerdict)]! / (1 - p[0]!) };
  }
  return { verdict: CLASSES[best] as Verdict, confidence };
}
