// How claims are painted. Underlines rather than fills, so the page's own colours and layout stay
// as they are. Only ::highlight() rules: they style nothing until a claim highlight exists.
// The build writes them to lib/generated/highlight.css, which the content script declares in the
// manifest so the browser applies them before the page renders, with no restyle at run time.
export const HIGHLIGHT_CSS = `
::highlight(claim-accurate) { text-decoration: underline 2px solid rgba(22, 130, 60, 0.85); text-underline-offset: 3px; }
::highlight(claim-region-dependent) { text-decoration: underline 2px dashed rgba(30, 100, 200, 0.9); text-underline-offset: 3px; }
::highlight(claim-misleading) { background-color: rgba(255, 170, 0, 0.22); text-decoration: underline 2px wavy rgba(215, 110, 0, 0.95); text-underline-offset: 3px; }
::highlight(claim-illegal) { background-color: rgba(220, 30, 30, 0.18); text-decoration: underline 2px wavy rgba(200, 0, 0, 0.95); text-underline-offset: 3px; }
::highlight(claim-flash) { background-color: rgba(255, 230, 0, 0.6); }
`;
