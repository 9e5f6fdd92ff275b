// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractText } from '../../lib/dom/extract-text';
import { rangesFor } from '../../lib/dom/map-ranges';

const hiddenByAttr = (el: Element): boolean => el.hasAttribute('hidden');
/** What a range shows, with whitespace as the extraction writes it (one space per character). */
const shown = (r: Range): string => r.toString().replace(/[\t\n\r\f]/g, ' ');

function mapOf(html: string) {
  document.body.innerHTML = html;
  return extractText(document.body, { isHidden: hiddenByAttr });
}

describe('rangesFor', () => {
  it('maps a claim across inline elements back to one range with the same text', () => {
    const map = mapOf('<p>有人说，<b>医保卡里的钱可以</b>直接在<a href="#">ATM机</a>取现。</p>');
    const start = map.text.indexOf('医保卡');
    const end = map.text.indexOf('取现') + 2;
    const ranges = rangesFor(map, start, end);
    expect(ranges.map((r) => r.toString())).toEqual(['医保卡里的钱可以直接在ATM机取现']);
  });

  it('splits a claim around hidden text and scripts, so no range shows what the reader does not see', () => {
    const map = mapOf('<p>医保卡<span hidden>（广告）</span>可以<script>var x = 1;</script>取现</p>');
    expect(map.text).toBe('医保卡可以取现');
    const ranges = rangesFor(map, 0, map.text.length);
    expect(ranges.map((r) => r.toString())).toEqual(['医保卡', '可以', '取现']);
  });

  it('maps source line breaks inside a paragraph, which the engine sees as spaces', () => {
    const map = mapOf('<p>医保卡\n可以取现</p>');
    expect(map.text).toBe('医保卡 可以取现');
    expect(rangesFor(map, 0, 8).map(shown)).toEqual(['医保卡 可以取现']);
  });

  it('returns nothing for a span of separators, and one range per block otherwise', () => {
    const map = mapOf('<p>甲</p><p>乙</p>');
    expect(map.text).toBe('甲\n乙');
    expect(rangesFor(map, 1, 2)).toEqual([]);
    expect(rangesFor(map, 0, 3).map((r) => r.toString())).toEqual(['甲', '乙']);
  });

  it('skips nodes that left the document', () => {
    const map = mapOf('<p>医保卡</p><p>可以取现</p>');
    document.querySelector('p')!.remove();
    expect(rangesFor(map, 0, map.text.length).map((r) => r.toString())).toEqual(['可以取现']);
  });
});

// Random trees of inline, block and skipped elements with Chinese and ASCII text.
const TAGS = ['b', 'i', 'a', 'span', 'em', 'p', 'div', 'li', 'td', 'br', 'pre', 'script', 'textarea', 'hidden'];
const textArb = fc.stringMatching(/^[医保卡可以取现不能 ab12\n\t,。]{0,8}$/);
type Tree = { tag: string; children: (Tree | string)[] };
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    children: fc.array(fc.oneof({ maxDepth: 4 }, textArb, tie('tree')), { maxLength: 4 }),
  }),
})).tree;

function build(tree: Tree): Node {
  const el = document.createElement(tree.tag === 'hidden' ? 'span' : tree.tag);
  if (tree.tag === 'hidden') el.setAttribute('hidden', '');
  if (tree.tag === 'br') return el;
  for (const c of tree.children) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : build(c));
  return el;
}

/** text[start, end) without the separators the extraction inserted (characters outside every segment). */
function pageChars(map: ReturnType<typeof extractText>, start: number, end: number): string {
  const own = new Array<boolean>(map.text.length).fill(false);
  for (const s of map.segments) for (let i = s.start; i < s.start + s.length; i++) own[i] = true;
  let out = '';
  for (let i = start; i < end; i++) if (own[i]) out += map.text[i];
  return out;
}

describe('extraction and mapping on random trees', () => {
  it('maps any span to ranges whose text, joined, is the span without inserted separators; never throws', () => {
    fc.assert(
      fc.property(treeArb, fc.array(treeArb, { maxLength: 2 }), fc.nat(), fc.nat(), (tree, more, a, b) => {
        document.body.innerHTML = '';
        for (const t of [tree, ...more]) document.body.appendChild(build(t));
        const map = extractText(document.body, { isHidden: hiddenByAttr });
        const n = map.text.length;
        const start = n ? a % n : 0;
        const end = start + (n ? b % (n - start + 1) : 0);
        const ranges = rangesFor(map, start, end);
        // (Inside <pre> the text keeps its own line breaks; compared with whitespace as spaces.)
        expect(ranges.map(shown).join('')).toBe(pageChars(map, start, end).replace(/[\t\n\r\f]/g, ' '));
        // Outside <pre>, inserted separators are the only line breaks and tabs in the text.
        if (!document.querySelector('pre')) expect(pageChars(map, start, end)).toBe(map.text.slice(start, end).replace(/[\n\t]/g, ''));
        for (const r of ranges) expect(r.collapsed).toBe(false);
        // In document order, none overlapping.
        for (let i = 1; i < ranges.length; i++) expect(ranges[i - 1]!.compareBoundaryPoints(Range.END_TO_START, ranges[i]!)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
});
