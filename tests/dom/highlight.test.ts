// @vitest-environment happy-dom
// Painting claims: <mark> elements without the Highlight API, CSS highlights and their style sheet with it.
import { afterEach, describe, expect, it } from 'vitest';
import { OWN_ATTRIBUTE } from '../../lib/dom/extract-text';
import { Highlighter } from '../../lib/dom/highlight';
import { installHighlights, removeHighlights } from '../fakes/highlights';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Highlighter fallback', () => {
  it('wraps ranges in marks and removes them without a trace', () => {
    document.body.innerHTML = '<p>甲医保卡乙</p>';
    const text = document.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 4);
    const h = new Highlighter(document);
    expect(h.native).toBe(false);
    h.show([{ verdict: 'illegal', range }]);
    expect(document.querySelector('mark')!.getAttribute('data-claim-verdict')).toBe('illegal');
    expect(document.body.textContent).toBe('甲医保卡乙');
    h.clear();
    expect(document.body.innerHTML).toBe('<p>甲医保卡乙</p>');
    expect(document.body.querySelector('p')!.childNodes.length).toBe(1);
  });
});

describe('Highlighter with the Highlight API', () => {
  afterEach(removeHighlights);

  function rangeOver(text: string): Range {
    document.body.innerHTML = `<p>${text}</p>`;
    const r = document.createRange();
    r.selectNodeContents(document.querySelector('p')!.firstChild!);
    return r;
  }

  it('registers one highlight per verdict, changes no element, and adds no sheet when there is nothing to mark', () => {
    const registry = installHighlights();
    const h = new Highlighter(document);
    h.show([]);
    expect(document.adoptedStyleSheets.length).toBe(0);
    const range = rangeOver('医保卡可以取现');
    const before = document.documentElement.outerHTML;
    h.show([{ verdict: 'misleading', range }]);
    expect([...registry.keys()]).toEqual(['claim-misleading']);
    expect(registry.get('claim-misleading')!.ranges).toEqual([range]);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(1);
    h.clear();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets.length).toBe(0);
  });

  it('falls back to a <style> outside the body where a sheet cannot be adopted, and removes it', () => {
    installHighlights();
    const own = Object.getOwnPropertyDescriptor(document, 'adoptedStyleSheets');
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    try {
      const h = new Highlighter(document);
      h.show([{ verdict: 'illegal', range: rangeOver('收医保卡余额') }]);
      const style = document.head.querySelector(`style[${OWN_ATTRIBUTE}]`)!;
      expect(style.textContent).toContain('::highlight(claim-illegal)');
      // Only ::highlight rules and the palette's own properties on the root (the dark scheme's
      // inside a media query): nothing else on the page is styled.
      const rest = style
        .textContent!.replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/::highlight\([a-z-]+\)\s*\{[^}]*\}/g, '')
        .replace(/:root\s*\{(\s*--yibao-claim-[a-z-]+:[^;{}]+;)*\s*\}/g, '')
        .replace(/@media \(prefers-color-scheme: dark\)\s*\{\s*\}/, '');
      expect(rest.trim()).toBe('');
      h.clear();
      expect(document.head.querySelector(`style[${OWN_ATTRIBUTE}]`)).toBeNull();
    } finally {
      if (own) Object.defineProperty(document, 'adoptedStyleSheets', own);
      else delete (document as unknown as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });
});
