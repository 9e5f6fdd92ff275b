import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../lib/engine';
import { BADGE_TEXT_COLOR, FLASH_WASH, PALETTE, SCHEMES, VERDICT_LINES, VERDICT_MARKS, badgeBackground, claimPaletteCss, paletteCss } from '../../lib/verdict-palette';
import { FLASH, HIGHLIGHT_CSS, HIGHLIGHT_NAMES, markStyle } from '../../lib/dom/highlight-styles';
import RULES from '../../lib/dom/highlight.css?raw';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('contrast', () => {
  it('matches known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(SCHEMES)('the %s palette', (scheme) => {
  const { neutral, verdicts } = PALETTE[scheme];

  it('has plain #rrggbb colours (so each pair can be measured)', () => {
    for (const c of [...Object.values(neutral), ...Object.values(verdicts).flatMap((v) => [v.text, v.tint, v.line])]) {
      expect(c).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('meets WCAG AA (4.5:1) for every text on every background it is drawn on', () => {
    const pairs: [string, string, string][] = [
      ['fg on bg', neutral.fg, neutral.bg],
      ['fg on surface', neutral.fg, neutral.surface],
      ['muted on bg', neutral.muted, neutral.bg],
      ['muted on surface', neutral.muted, neutral.surface],
      ['accent link on bg', neutral.accent, neutral.bg],
      ['accent-fg on accent', neutral.accentFg, neutral.accent],
    ];
    for (const v of VERDICTS) {
      const c = verdicts[v];
      // The label on its tint; the card's verdict word, the side panel's chips and "saved" on bg
      // and surface; the card's details button (bg-coloured text on the verdict colour).
      pairs.push([`${v} on its tint`, c.text, c.tint], [`${v} on bg`, c.text, neutral.bg], [`${v} on surface`, c.text, neutral.surface]);
    }
    const failing = pairs.filter(([, fg, bg]) => contrast(fg, bg) < 4.5).map(([name, fg, bg]) => `${name}: ${contrast(fg, bg).toFixed(2)}`);
    expect(failing).toEqual([]);
  });

  it('draws claim underlines at 3:1 or more on white and on black pages (non-text contrast)', () => {
    for (const v of VERDICTS) {
      expect(contrast(verdicts[v].line, '#ffffff'), `${v} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(verdicts[v].line, '#000000'), `${v} on black`).toBeGreaterThanOrEqual(3);
    }
  });

  it('is dark on dark and light on light', () => {
    expect(luminance(neutral.bg) < 0.05).toBe(scheme === 'dark');
    expect(luminance(neutral.fg) > 0.5).toBe(scheme === 'dark');
  });
});

describe('verdicts told apart without colour', () => {
  it('gives each verdict its own mark and its own underline style', () => {
    expect(new Set(VERDICTS.map((v) => VERDICT_MARKS[v])).size).toBe(VERDICTS.length);
    expect(new Set(VERDICTS.map((v) => VERDICT_LINES[v].style)).size).toBe(VERDICTS.length);
  });

  it('uses no emoji-presentation symbol (it would ignore the text colour, or need an emoji font)', () => {
    for (const v of VERDICTS) expect(VERDICT_MARKS[v]).not.toMatch(/\p{Emoji_Presentation}/u);
  });
});

describe('one palette for every surface', () => {
  it('writes the page highlights, with their line styles, from the palette in both schemes', () => {
    const [light, dark] = claimPaletteCss(':root').split('@media (prefers-color-scheme: dark)');
    for (const v of VERDICTS) {
      const { style, width } = VERDICT_LINES[v];
      expect(RULES).toContain(`::highlight(${HIGHLIGHT_NAMES[v]}) {`);
      expect(RULES).toContain(`underline var(--yibao-claim-${v}-width) var(--yibao-claim-${v}-style) var(--yibao-claim-${v}-line)`);
      for (const [css, scheme] of [[light!, 'light'], [dark!, 'dark']] as const) {
        expect(css).toContain(`--yibao-claim-${v}-line: ${PALETTE[scheme].verdicts[v].line};`);
        expect(css).toContain(`--yibao-claim-${v}-style: ${style};`);
        expect(css).toContain(`--yibao-claim-${v}-width: ${width};`);
      }
    }
    expect(RULES).toContain(`::highlight(${FLASH}) {`);
    expect(light).toContain(`--yibao-claim-flash: ${FLASH_WASH};`);
  });

  it('keeps the highlight style sheet to ::highlight() rules reading only properties the palette sets', () => {
    const rules = RULES.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const selector of rules.match(/^[^\s{}][^{]*(?=\{)/gm) ?? []) expect(selector.trim()).toMatch(/^::highlight\([a-z-]+\)$/);
    const set = new Set([...claimPaletteCss(':root').matchAll(/(--[a-z-]+):/g)].map((m) => m[1]));
    const read = [...rules.matchAll(/var\((--[a-z-]+)\)/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((name) => !set.has(name))).toEqual([]);
    expect(HIGHLIGHT_CSS).toContain(RULES);
  });

  it('writes the fallback <mark> style for the scheme it is made in', () => {
    expect(markStyle('illegal', 'light')).toContain(PALETTE.light.verdicts.illegal.line);
    expect(markStyle('illegal', 'dark')).toContain(PALETTE.dark.verdicts.illegal.line);
    expect(markStyle('accurate', 'light')).toMatch(/^all: unset; /);
  });

  it('gives the pages their variables, dark under prefers-color-scheme: dark', () => {
    const css = paletteCss(':root');
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
    expect(light).toContain(`--bg: ${PALETTE.light.neutral.bg};`);
    expect(light).toContain(`--misleading-bg: ${PALETTE.light.verdicts.misleading.tint};`);
    expect(light).toContain(`--accent-fg: ${PALETTE.light.neutral.accentFg};`);
    expect(dark).toContain(`--bg: ${PALETTE.dark.neutral.bg};`);
    expect(dark).toContain(`--illegal: ${PALETTE.dark.verdicts.illegal.text};`);
  });

  it('colours the toolbar badge so its white number reads at 4.5:1', () => {
    for (const v of ['misleading', 'illegal'] as const) expect(contrast(BADGE_TEXT_COLOR, badgeBackground(v))).toBeGreaterThanOrEqual(4.5);
  });
});
