import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../lib/engine/analyze';

// Fragments of real phrasing, so random strings actually reach the later stages of the pipeline.
const FRAGMENTS = [
  '医保卡', '醫保卡', '个人账户', '余额', '可以', '不能', '取现', '取現', '提取', 'ATM', 'ＡＴＭ', '停保', '退休', '出国定居',
  '部分地区', '深圳', '回收', '八折', '药店', '换现金', '借给', '违法', '罚款', '家庭共济', '父母', '商业保险', '健身',
  '吗', '?', '？', '，', ',', '。', '；', '\n', ' ', '“', '”', '(1)', '- ', '公积金', '养老金', '医保', '的', '是', '不',
];

const pageText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

function checkInvariants(text: string): void {
  const claims = analyze(text);
  let previousEnd = 0;
  for (const c of claims) {
    expect(c.start).toBeGreaterThanOrEqual(previousEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(['accurate', 'region-dependent', 'misleading', 'illegal']).toContain(c.verdict);
    previousEnd = c.end;
  }
}

describe('analyze properties', () => {
  it('never throws and returns sorted, non-overlapping, in-bounds spans whose text matches', () => {
    fc.assert(fc.property(pageText, checkInvariants), { numRuns: 400 });
  });

  it('holds on arbitrary strings, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkInvariants), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 200 },
    );
  });
});
