// How claims are painted, from the verdict palette. Underlines rather than fills, so the page's
// own colours and layout stay as they are; each verdict has its own line style, so the marks
// differ by more than colour. Only ::highlight() rules: they style nothing until a claim
// highlight exists. The build writes them to lib/generated/highlight.css, which the content
// script declares in the manifest so the browser applies them before the page renders, with no
// restyle at run time.
import { VERDICTS, type Verdict } from '../engine/types';
import { FLASH_WASH, claimDecoration, type Scheme } from '../verdict-palette';

export const HIGHLIGHT_NAMES: Record<Verdict, string> = {
  accurate: 'claim-accurate',
  'region-dependent': 'claim-region-dependent',
  misleading: 'claim-misleading',
  illegal: 'claim-illegal',
};
export const FLASH = 'claim-flash';

const rules = (scheme: Scheme): string => VERDICTS.map((v) => `::highlight(${HIGHLIGHT_NAMES[v]}) { ${claimDecoration(v, scheme)} }`).join('\n');

export const HIGHLIGHT_CSS = `${rules('light')}
::highlight(${FLASH}) { background-color: ${FLASH_WASH}; }
@media (prefers-color-scheme: dark) {
${rules('dark')}
}
`;

/**
 * The inline style of a fallback <mark> (browsers without the Highlight API): an inline style
 * cannot hold a media query, so the scheme is chosen when the mark is made.
 */
export function markStyle(verdict: Verdict, scheme: Scheme): string {
  return `all: unset; ${claimDecoration(verdict, scheme)}`;
}
