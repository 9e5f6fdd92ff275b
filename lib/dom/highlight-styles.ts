// The names of the claim highlights and the styles that paint them. The rules themselves are a
// style sheet, lib/dom/highlight.css, reading the palette's custom properties (claimPaletteCss,
// built into lib/generated/highlight-palette.css); the content script declares both in the
// manifest. Highlighter adds them at run time only where no manifest brought them (tests, pages
// of other hosts).
import type { Verdict } from '../engine/types';
import { claimDecoration, claimPaletteCss, type Scheme } from '../verdict-palette';
import RULES from './highlight.css?raw';

export const HIGHLIGHT_NAMES: Record<Verdict, string> = {
  accurate: 'claim-accurate',
  'region-dependent': 'claim-region-dependent',
  misleading: 'claim-misleading',
  illegal: 'claim-illegal',
};
export const FLASH = 'claim-flash';

/** The highlight rules as the manifest brings them: the palette's properties, then the rules. */
export const HIGHLIGHT_CSS = `${claimPaletteCss(':root')}${RULES}`;

/**
 * The inline style of a fallback <mark> (browsers without the Highlight API): an inline style
 * cannot hold a media query, so the scheme is chosen when the mark is made.
 */
export function markStyle(verdict: Verdict, scheme: Scheme): string {
  return `all: unset; ${claimDecoration(verdict, scheme)}`;
}
