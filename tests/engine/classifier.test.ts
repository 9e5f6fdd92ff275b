import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASSES, decide, decodeModel, encodeModel, probabilities } from '../../lib/engine/classifier';
import { classifier } from '../../lib/engine/model';
import { featuresAt, HASH_BITS, hashName, pageCues, sentenceCues } from '../../lib/engine/clause-features';
import { readClauses } from '../../lib/engine/read-clauses';
import { analyze } from '../../lib/engine/analyze';
import { RUBRIC_EXAMPLES } from '../../scripts/train/rubric-examples';

const K = CLASSES.length;

/** A dense model over a handful of buckets: bucket b votes for class b % K. */
function toyWeights(): Float32Array {
  const w = new Float32Array((1 << HASH_BITS) * K);
  for (let b = 1; b <= 10; b++) w[b * K + (b % K)] = b / 4;
  return w;
}

function featuresOf(text: string): number[][] {
  const { norm, sentences } = readClauses(text, { assumeTopic: true });
  const page = pageCues(norm);
  const out: number[][] = [];
  for (const r of sentences) {
    const cues = sentenceCues(norm, r.sentence, r.hits, page);
    r.sentence.clauses.forEach((_, k) => out.push(featuresAt(norm, r, k, cues)));
  }
  return out;
}

describe('classifier storage', () => {
  it('decodes what it encodes: probabilities within the 8-bit quantisation of the dense weights', () => {
    const dense = toyWeights();
    const model = decodeModel(encodeModel(dense, HASH_BITS, { threshold: 0.5, ruleBoost: 0, overrule: 0 }));
    const features = [3, 7, 7, 9];
    const z = new Array<number>(K).fill(0);
    for (const f of features) for (let k = 0; k < K; k++) z[k]! += dense[f * K + k]!;
    const max = Math.max(...z);
    const e = z.map((v) => Math.exp(v - max));
    const sum = e.reduce((a, b) => a + b, 0);
    const p = probabilities(model, features);
    e.forEach((v, k) => expect(p[k]).toBeCloseTo(v / sum, 2));
  });

  it('stores only buckets with a weight', () => {
    const stored = encodeModel(toyWeights(), HASH_BITS, { threshold: 0.5, ruleBoost: 0, overrule: 0 });
    expect(atob(stored.buckets).length).toBe(10 * 2);
    expect(atob(stored.weights).length).toBe(10 * K);
  });

  it('adds each class’s stored bias to its logit, and refuses a bias of the wrong length', () => {
    const plain = decodeModel(encodeModel(toyWeights(), HASH_BITS, { threshold: 0.5, ruleBoost: 0, overrule: 0 }));
    const biased = decodeModel(encodeModel(toyWeights(), HASH_BITS, { threshold: 0.5, ruleBoost: 0, overrule: 0, bias: [0, 0, 1, 0, 0] }));
    const features = [3, 7, 9];
    const p = probabilities(plain, features);
    const q = probabilities(biased, features);
    // Odds of class 2 against any other grow by e.
    expect(q[2]! / q[1]!).toBeCloseTo((p[2]! / p[1]!) * Math.E, 6);
    expect(q[3]! / q[1]!).toBeCloseTo(p[3]! / p[1]!, 6);
    const stored = encodeModel(toyWeights(), HASH_BITS, { threshold: 0.5, ruleBoost: 0, overrule: 0, bias: [1, 2] });
    expect(() => decodeModel(stored)).toThrow(/bias/);
  });

  it('refuses a model whose classes do not match the engine', () => {
    const stored = encodeModel(toyWeights(), HASH_BITS, { threshold: 0.5, ruleBoost: 0, overrule: 0 });
    expect(() => decodeModel({ ...stored, classes: ['none', 'accurate'] })).toThrow(/classes/);
  });
});

describe('decide', () => {
  const model = decodeModel(encodeModel(toyWeights(), HASH_BITS, { threshold: 0.5, ruleBoost: 3, overrule: 0 }));
  it('calls a clause no claim when P(none) reaches the threshold, and stricter when asked', () => {
    // Bucket 5 votes for class 0 (none), bucket 6 for accurate.
    expect(decide(model, [5, 5])).toBeNull();
    expect(decide(model, [6, 6])?.verdict).toBe('accurate');
    const p = probabilities(model, [6]);
    expect(decide(model, [6], p[0]! / model.threshold - 0.01)).toBeNull();
  });
  it('leans towards the rules’ verdict by the stored boost', () => {
    expect(decide(model, [6, 6])?.verdict).toBe('accurate');
    expect(decide(model, [6], 1, 'misleading')?.verdict).toBe('misleading');
  });
});

describe('clause features', () => {
  it('are buckets within the hash range, the same for the same text', () => {
    const a = featuresOf('医保卡里的钱可以在ATM取现。');
    expect(a).toEqual(featuresOf('医保卡里的钱可以在ATM取现。'));
    for (const f of a.flat()) expect(f >= 0 && f < 1 << HASH_BITS).toBe(true);
    expect(hashName(4, 'bias')).not.toBe(hashName(5, 'bias'));
  });
  it('do not read Latin letters or markup, which pages carry as code and addresses', () => {
    for (const [plain, marked] of [
      ['医保卡可以在ATM取现，', '医保卡可以在ATM取现<img src=x onerror="window.a=1">，'],
      ['退休后可以提取医保余额。', "退休后可以提取医保余额{{constructor.constructor('window.a=4')()}}。"],
    ] as const) {
      expect(analyze(marked)[0]?.verdict).toBe(analyze(plain)[0]?.verdict);
      expect(analyze(plain)[0]?.verdict).toBe('misleading');
    }
  });
});

describe('the bundled classifier', () => {
  it('loads, is small, and has a usable threshold', () => {
    const model = classifier();
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    expect(statSync(new URL('../../data/classifier.json', import.meta.url)).size).toBeLessThan(1024 * 1024);
  });
  it('judges every example the rubric fixes as the rubric does, typed as into the popup', () => {
    const wrong = RUBRIC_EXAMPLES.filter(([text, verdict]) => analyze(text, { assumeTopic: true })[0]?.verdict !== verdict);
    expect(wrong).toEqual([]);
  });

  it('judges the rubric’s typical sentences as the rubric does', () => {
    const verdictOf = (s: string) => analyze(s)[0]?.verdict;
    expect(verdictOf('医保卡里的钱可以在ATM取现，这是真的。医保个人账户的钱不能取现。')).toBe('misleading');
    expect(verdictOf('医保个人账户资金不能直接提取现金。')).toBe('accurate');
    expect(verdictOf('医保套现属于违法行为，会被暂停结算、罚款。')).toBe('accurate');
    expect(verdictOf('收医保卡余额，八折回收，当天到账。')).toBe('illegal');
    expect(verdictOf('深圳允许用医保个人账户买重疾险。')).toBe('region-dependent');
  });
});
