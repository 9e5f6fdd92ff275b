import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze';
import { readsAsWords } from '../../lib/engine/literals';
import { SENTENCE_WORD_LISTS } from '../../lib/engine/stance';

// A file of its own: literals.ts reads at most 16 lists as words, in the order they are first
// asked for, and other tests ask for lists of their own.
describe('the sentence word lists', () => {
  it('are each read as a list of plain words, not a regex run on every slice', () => {
    analyze('医保卡里的钱可以取现吗？不能，我们帮您办理。');
    const slow = Object.entries(SENTENCE_WORD_LISTS).filter(([, re]) => !readsAsWords(re)).map(([name]) => name);
    expect(slow).toEqual([]);
    // A character class is no plain word: such a list would run as a regex.
    expect(readsAsWords(/帮[您你]刷|当天到账/)).toBe(false);
  });
});
