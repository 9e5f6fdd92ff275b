// Claims the reader has dismissed, per page, kept in extension storage so they stay hidden on
// reload. Only the background writes them (one writer, so no update is lost); the content script
// and the side panel read them and follow changes.
import { storedValue } from './stored-value';
import { claimKey, pageAddress } from './claim-identity';

/** One page's dismissed claims. */
export interface PageDismissals {
  /** Claim keys (claimKey of the claim's text), in the order dismissed. */
  texts: string[];
  /** When the last one was dismissed (ms since the epoch); the oldest pages go first when over MAX_PAGES. */
  at: number;
}

/** Page address (pageAddress) → its dismissed claims. */
export type Dismissals = Record<string, PageDismissals>;

/** Pages remembered: enough for a reader's habits, few enough to read on every page load. */
export const MAX_PAGES = 200;
/** Claims remembered per page: more than any page has. */
export const MAX_PER_PAGE = 100;

/** Repairs whatever storage holds (it may be edited or stale). */
export function coerceDismissals(v: unknown): Dismissals {
  const out: Dismissals = {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return out;
  for (const [page, entry] of Object.entries(v as Record<string, unknown>)) {
    const e = entry as Partial<PageDismissals> | null;
    if (!e || !Array.isArray(e.texts) || page.length > 10_000) continue;
    const texts = [...new Set(e.texts.filter((t): t is string => typeof t === 'string' && t.length > 0).map(claimKey))].slice(-MAX_PER_PAGE);
    if (texts.length) out[page] = { texts, at: typeof e.at === 'number' && Number.isFinite(e.at) ? e.at : 0 };
  }
  return out;
}

/** The claim keys dismissed on the page at `url`. */
export function dismissedOn(all: Dismissals, url: string): string[] {
  return all[pageAddress(url)]?.texts ?? [];
}

/**
 * `all` with the claim `text` on the page at `url` dismissed (or, with dismissed false, shown
 * again); pure, so the bounds are tested without storage.
 */
export function withDismissal(all: Dismissals, url: string, text: string, dismissed: boolean, now: number): Dismissals {
  const page = pageAddress(url);
  const key = claimKey(text);
  const next = { ...all };
  const texts = (next[page]?.texts ?? []).filter((t) => t !== key);
  if (dismissed) texts.push(key);
  if (texts.length) next[page] = { texts: texts.slice(-MAX_PER_PAGE), at: dismissed ? now : (next[page]?.at ?? now) };
  else delete next[page];
  const pages = Object.keys(next);
  if (pages.length > MAX_PAGES)
    for (const p of pages.sort((a, b) => next[a]!.at - next[b]!.at).slice(0, pages.length - MAX_PAGES)) delete next[p];
  return next;
}

const stored = storedValue('dismissed', coerceDismissals);

export const loadDismissals = (): Promise<Dismissals> => stored.load();

/** Dismisses the claim `text` on the page at `url` for good, or with `dismissed` false shows it again. */
export const setDismissed = (url: string, text: string, dismissed: boolean): Promise<Dismissals> =>
  stored.update((all) => withDismissal(all, url, text, dismissed, Date.now()));

/** Calls `listener` with every page's dismissals whenever they change; returns the unsubscribe function. */
export const onDismissalsChanged = (listener: (all: Dismissals) => void): (() => void) => stored.onChanged(listener);
