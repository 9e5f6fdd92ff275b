// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractText } from '../../lib/dom/extract-text';
import { mappedText, rangeFor } from '../../lib/dom/map-ranges';

const notHidden = (): boolean => false;

describe('rangeFor', () => {
  it('maps a claim across inline elements back to a range with the same text', () => {
    document.body.innerHTML = '<p>有人说，<b>医保卡里的钱可以</b>直接在<a href="#">ATM机</a>取现。</p>';
    const map = extractText(document.body, { isHidden: notHidden });
    const start = map.text.indexOf('医保卡');
    const end = map.text.indexOf('取现') + 2;
    const range = rangeFor(map, start, end)!;
    expect(range.toString()).toBe('医保卡里的钱可以直接在ATM机取现');
  });

  it('returns null for a span of separators only', () => {
    document.body.innerHTML = '<p>甲</p><p>乙</p>';
    const map = extractText(document.body, { isHidden: notHidden });
    expect(map.text).toBe('甲\n乙');
    expect(rangeFor(map, 1, 2)).toBeNull();
    expect(rangeFor(map, 0, 3)!.toString()).toBe('甲乙');
  });
});

// Random trees of inline and block elements with Chinese and ASCII text.
const TAGS = ['b', 'i', 'a', 'span', 'em', 'p', 'div', 'li', 'td', 'br'];
const textArb = fc.stringMatching(/^[医保卡可以取现不能 ab12\n,。]{0,8}$/);
type Tree = { tag: string; children: (Tree | string)[] };
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    children: fc.array(fc.oneof({ maxDepth: 4 }, textArb, tie('tree')), { maxLength: 4 }),
  }),
})).tree;

function build(tree: Tree): Node {
  const el = document.createElement(tree.tag);
  if (tree.tag === 'br') return el;
  for (const c of tree.children) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : build(c));
  return el;
}

describe('extraction and mapping on random trees', () => {
  it('maps every span to a range whose text is the span without inserted separators, and never throws', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), fc.nat(), (tree, a, b) => {
        document.body.innerHTML = '';
        document.body.appendChild(build(tree));
        const map = extractText(document.body, { isHidden: notHidden });
        const start = map.text.length ? a % map.text.length : 0;
        const end = start + (map.text.length ? b % (map.text.length - start + 1) : 0);
        const range = rangeFor(map, start, end);
        const expected = mappedText(map, start, end);
        if (expected === '') expect(range === null || range.toString() === '').toBe(true);
        else {
          expect(range).not.toBeNull();
          // The range may also cover whitespace-only text the extraction passed over.
          expect(range!.toString().replace(/\s/g, '')).toBe(expected.replace(/\s/g, ''));
          // The page text of the span is the engine's text with only separators and whitespace folded.
          expect(expected.replace(/\s/g, '')).toBe(map.text.slice(start, end).replace(/\s/g, ''));
        }
      }),
      { numRuns: 300 },
    );
  });
});
