// Functions the tests run inside a page, through page.evaluate or page.waitForFunction, in
// Chromium (Playwright) and Firefox (Puppeteer) alike: each is sent as source, so it uses nothing
// from outside its own body, and takes at most one argument.

/** The CSS highlights claims are painted with, one per verdict. */
export const CLAIM_HIGHLIGHTS = ['claim-accurate', 'claim-region-dependent', 'claim-misleading', 'claim-illegal'] as const;
export type ClaimHighlight = (typeof CLAIM_HIGHLIGHTS)[number];
export type Highlights = Record<ClaimHighlight, string[]>;

/** @return the text of every range of each highlight named */
export function highlightTexts(names: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const n of names) out[n] = [...((CSS.highlights.get(n) as Iterable<Range> | undefined) ?? [])].map((r) => r.toString());
  return out;
}

/** @return whether highlight `name` has a range whose text, white space left out, contains `text` */
export function highlightHas([name, text]: readonly [string, string]): boolean {
  return [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])].some((r) => r.toString().replace(/\s+/g, '').includes(text));
}

/** @return every claim's highlighted text, white space left out, whatever its verdict (the flash left out) */
export function markedTexts(): string[] {
  return [...(CSS.highlights as unknown as Map<string, Iterable<Range>>).entries()]
    .filter(([n]) => n.startsWith('claim-') && n !== 'claim-flash')
    .flatMap(([, ranges]) => [...ranges].map((r) => r.toString().replace(/\s+/g, '')));
}

/** @return whether the in-page card is open */
export function cardShown(): boolean {
  const card = document.querySelector('yibao-check-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
  return !!card && !card.hidden;
}

/**
 * Starts the page's heartbeat, before the page's own scripts (pass it to addInitScript): the
 * longest gap between its ticks is the longest time the page could not run.
 */
export function startHeartbeat(): void {
  const w = window as unknown as { gaps: { start: number; duration: number }[] };
  w.gaps = [];
  let last = performance.now();
  (function tick() {
    const now = performance.now();
    w.gaps.push({ start: last, duration: now - last });
    last = now;
    setTimeout(tick, 4);
  })();
}

/** @return the longest gap between the heartbeat's ticks (startHeartbeat) that began at `since` (performance.now()) or later; 0 for none */
export function longestStall(since: number): number {
  const { gaps } = window as unknown as { gaps: { start: number; duration: number }[] };
  return Math.max(0, ...gaps.filter((t) => t.start >= since).map((t) => t.duration));
}
