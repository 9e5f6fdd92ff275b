// The one home of the extension's colours: the verdict palette and the neutral colours around
// it, for light and dark schemes. The extension pages (through lib/generated/palette.css), the
// in-page card, the page highlights, the <mark> fallback and the toolbar badge all read it.
// Colour never carries a verdict alone: each has a mark shown beside its name and its own
// underline style in the page.
import type { Verdict } from './engine/types';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

export interface VerdictColors {
  /** The verdict's text and border colour; at least 4.5:1 on `tint`, `bg` and `surface`, so it
   * also serves as a fill under `bg`-coloured text (the card's button, the toolbar badge). */
  text: string;
  /** Background of the verdict's label. */
  tint: string;
  /** Underline of a claim in a page, whose background is unknown: at least 3:1 on white and on black. */
  line: string;
  /** Translucent wash behind a claim in a page, for the two verdicts a reader must not miss. */
  wash?: string;
}

export interface NeutralColors {
  fg: string;
  /** Secondary text, at least 4.5:1 on `bg` and `surface`. */
  muted: string;
  bg: string;
  /** Buttons, chips and boxes set off from `bg`. */
  surface: string;
  border: string;
  accent: string;
  /** Text on `accent`. */
  accentFg: string;
  focus: string;
}

export interface Palette {
  neutral: NeutralColors;
  verdicts: Record<Verdict, VerdictColors>;
}

export const PALETTE: Record<Scheme, Palette> = {
  light: {
    neutral: {
      fg: '#1f2328',
      muted: '#57606a',
      bg: '#ffffff',
      surface: '#f6f8fa',
      border: '#d0d7de',
      accent: '#0a58ca',
      accentFg: '#ffffff',
      focus: '#0a58ca',
    },
    verdicts: {
      accurate: { text: '#116329', tint: '#dafbe1', line: '#1a7f37' },
      'region-dependent': { text: '#0b4fa8', tint: '#ddf4ff', line: '#2f6fd0' },
      misleading: { text: '#8a4600', tint: '#fff1d6', line: '#c25e00', wash: 'rgba(255, 170, 0, 0.22)' },
      illegal: { text: '#a40e26', tint: '#ffebe9', line: '#d1242f', wash: 'rgba(220, 30, 30, 0.16)' },
    },
  },
  dark: {
    neutral: {
      fg: '#e6edf3',
      muted: '#9da7b3',
      bg: '#161b22',
      surface: '#21262d',
      border: '#3d444d',
      accent: '#4493f8',
      accentFg: '#0d1117',
      focus: '#58a6ff',
    },
    verdicts: {
      accurate: { text: '#6fdd8b', tint: '#12351f', line: '#2ea043' },
      'region-dependent': { text: '#79c0ff', tint: '#0f2d4a', line: '#388bfd' },
      misleading: { text: '#ffb566', tint: '#3d2608', line: '#d97706', wash: 'rgba(217, 119, 6, 0.28)' },
      illegal: { text: '#ff9492', tint: '#4a1114', line: '#f85149', wash: 'rgba(248, 81, 73, 0.26)' },
    },
  },
};

/** A mark shown beside the verdict's name wherever it appears: a reader who cannot tell the
 * colours apart still tells the verdicts apart. Plain text symbols (no emoji presentation). */
export const VERDICT_MARKS: Record<Verdict, string> = {
  accurate: '✓',
  'region-dependent': '◐',
  misleading: '!',
  illegal: '⊘',
};

/** How a claim is underlined in the page: a different line for each verdict, heavier for the worse. */
export const VERDICT_LINES: Record<Verdict, { style: 'solid' | 'dashed' | 'wavy' | 'double'; width: string }> = {
  accurate: { style: 'solid', width: '2px' },
  'region-dependent': { style: 'dashed', width: '2px' },
  misleading: { style: 'wavy', width: '2px' },
  illegal: { style: 'double', width: '3px' },
};

/** The flash that shows where a claim is after "show in page". */
export const FLASH_WASH = 'rgba(255, 230, 0, 0.6)';

/** The toolbar badge: the light scheme's verdict colour (the browser draws it on any toolbar) under white text. */
export const BADGE_TEXT_COLOR = PALETTE.light.neutral.bg;
export const badgeBackground = (verdict: Verdict): string => PALETTE.light.verdicts[verdict].text;

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function declarations({ neutral, verdicts }: Palette): string {
  const lines = Object.entries(neutral).map(([k, v]) => `--${kebab(k)}: ${v};`);
  for (const [verdict, c] of Object.entries(verdicts)) lines.push(`--${verdict}: ${c.text};`, `--${verdict}-bg: ${c.tint};`);
  return lines.join(' ');
}

/**
 * The palette as CSS custom properties on `selector` (--fg, --muted, --bg, --surface, --border,
 * --accent, --accent-fg, --focus, and --VERDICT with --VERDICT-bg), dark under
 * prefers-color-scheme: dark.
 */
export function paletteCss(selector: string): string {
  return `${selector} { ${declarations(PALETTE.light)} }\n@media (prefers-color-scheme: dark) { ${selector} { ${declarations(PALETTE.dark)} } }\n`;
}

function claimDeclarations({ verdicts }: Palette): string {
  const lines: string[] = [];
  for (const [verdict, c] of Object.entries(verdicts) as [Verdict, VerdictColors][]) {
    const { style, width } = VERDICT_LINES[verdict];
    const at = `--yibao-claim-${verdict}`;
    lines.push(`${at}-line: ${c.line};`, `${at}-style: ${style};`, `${at}-width: ${width};`, `${at}-wash: ${c.wash ?? 'transparent'};`);
  }
  lines.push(`--yibao-claim-flash: ${FLASH_WASH};`);
  return lines.join(' ');
}

/**
 * What lib/dom/highlight.css reads, as custom properties on `selector`: for each verdict
 * --yibao-claim-VERDICT-line, -style, -width and -wash, and --yibao-claim-flash; dark under
 * prefers-color-scheme: dark. Named apart from the page's own properties, as they sit on its root.
 */
export function claimPaletteCss(selector: string): string {
  return `${selector} { ${claimDeclarations(PALETTE.light)} }\n@media (prefers-color-scheme: dark) { ${selector} { ${claimDeclarations(PALETTE.dark)} } }\n`;
}

/** The declarations that paint one verdict's claims in a page. */
export function claimDecoration(verdict: Verdict, scheme: Scheme): string {
  const { line, wash } = PALETTE[scheme].verdicts[verdict];
  const { style, width } = VERDICT_LINES[verdict];
  return `${wash ? `background-color: ${wash}; ` : ''}text-decoration: underline ${width} ${style} ${line}; text-underline-offset: 3px;`;
}
