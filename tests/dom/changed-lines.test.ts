import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changedLines, mergeClaims } from '../../lib/dom/changed-lines';
import { fakeAnalyze } from './fake-analyze';

describe('changedLines', () => {
  it('finds the whole lines that differ', () => {
    expect(changedLines('甲\n乙\n丙', '甲\n乙\n丙')).toBeNull();
    expect(changedLines('甲\n乙\n丙', '甲\n乙二\n丙', 0)).toEqual({ start: 2, beforeEnd: 3, afterEnd: 4 });
    // Appended lines: everything before them is kept, removed ones leave nothing to analyse.
    expect(changedLines('甲\n乙', '甲\n乙\n丙', 0)).toEqual({ start: 4, beforeEnd: 3, afterEnd: 5 });
    expect(changedLines('甲\n乙', '甲', 0)).toEqual({ start: 2, beforeEnd: 3, afterEnd: 1 });
    expect(changedLines('甲', '乙', 0)).toEqual({ start: 0, beforeEnd: 1, afterEnd: 1 });
  });

  it('takes in the lines a change may put on topic', () => {
    const [before, after] = ['一\n二\n三\n四', '一\n二改\n三\n四'];
    expect(changedLines(before, after, 0)).toEqual({ start: 2, beforeEnd: 3, afterEnd: 4 });
    // Two characters on from the change lies the line 三.
    expect(changedLines(before, after, 2)).toEqual({ start: 2, beforeEnd: 5, afterEnd: 6 });
  });
});

// Texts made of a few lines, each empty, filler or one of the claim phrases.
const lineArb = fc.constantFrom('', '网友说', '医保卡可以取现', '医保卡不能取现。医保卡可以取现', '公积金');
const textArb = fc.array(lineArb, { maxLength: 6 }).map((lines) => lines.join('\n'));

describe('re-checking the changed lines only', () => {
  it('gives the claims a full analysis of the new text gives', () => {
    fc.assert(
      fc.property(textArb, textArb, fc.nat(400), (before, after, context) => {
        const change = changedLines(before, after, context);
        if (!change) return;
        const fresh = fakeAnalyze(after.slice(0, change.afterEnd), { from: change.start });
        const merged = mergeClaims(fakeAnalyze(before), change, fresh);
        expect(merged.map((c) => [c.start, c.end, c.verdict])).toEqual(fakeAnalyze(after).map((c) => [c.start, c.end, c.verdict]));
        for (const c of merged) expect(after.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 500 },
    );
  });
});
