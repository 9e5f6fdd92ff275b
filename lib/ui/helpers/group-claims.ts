// A page often says the same wrong thing many times (a dated local scheme, an advert repeated
// down the page): claims that share a reason, the same dataset entry judged with the same
// verdict, are listed as one group that gives the reason and its sources once, with each
// claim's own words under it.
import type { Claim, Source, Verdict } from '../../engine';

/** A claim as the side panel lists it: `index` is its place among the page's claims. */
export interface Listed {
  claim: Claim;
  index: number;
}

export interface GroupedQuote extends Listed {
  /** What the explanation says of this claim alone, beyond the group's reason; '' when nothing. */
  own: string;
}

export interface ClaimGroup {
  /** The entry and verdict the claims share. */
  key: string;
  verdict: Verdict;
  entry: string;
  /** In page order. */
  quotes: GroupedQuote[];
  /**
   * The explanation every claim of the group shares, to be said once. A lone claim's is its
   * whole explanation; a group's leaves out what each explanation opens with about its own
   * sentence ("这句话…"), which the group says once for all in its own words.
   */
  reason: string;
  /** Every claim's sources, each once, in the order first given. */
  sources: Source[];
}

/** The opening sentence lib/engine/explain.ts gives a claim: what the verdict says of that sentence. */
const LEAD = /^\s*(?:这句话|The sentence\b)/;
const CLOSERS = '”’」』）)"\'';

/** Splits text after each 。！？ and after each . ! ? that a space or the end follows; the pieces join back into `text`. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const full = '。！？'.includes(ch);
    const half = '.!?'.includes(ch);
    if (!full && !half) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (half && end < text.length && !/\s/.test(text[end]!)) continue;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    out.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** How many sentences all the lists end with, the same. */
function commonTail(lists: string[][]): number {
  const shortest = Math.min(...lists.map((l) => l.length));
  let k = 0;
  while (k < shortest && lists.every((l) => l[l.length - 1 - k]!.trim() === lists[0]![lists[0]!.length - 1 - k]!.trim())) k++;
  return k;
}

/**
 * Groups the listed claims by entry and verdict; the groups come in the page order of their first
 * claim, each group's claims in page order.
 * @param explain the explanation to show for a claim (in the reader's language)
 */
export function groupClaims(listed: readonly Listed[], explain: (claim: Claim) => string): ClaimGroup[] {
  const byKey = new Map<string, Listed[]>();
  for (const item of listed) {
    const key = `${item.claim.entry}\u0000${item.claim.verdict}`;
    const members = byKey.get(key);
    if (members) members.push(item);
    else byKey.set(key, [item]);
  }
  return [...byKey].map(([key, members]) => {
    const first = members[0]!.claim;
    const sources = [...new Map(members.flatMap((m) => m.claim.sources).map((s) => [s.id, s])).values()];
    const base = { key, verdict: first.verdict, entry: first.entry, sources };
    if (members.length === 1) return { ...base, quotes: [{ ...members[0]!, own: '' }], reason: explain(first) };
    const parts = members.map((m) => {
      const list = sentences(explain(m.claim));
      return list.length > 1 && LEAD.test(list[0]!) ? list.slice(1) : list;
    });
    const tail = commonTail(parts);
    return {
      ...base,
      quotes: members.map((m, i) => ({ ...m, own: parts[i]!.slice(0, parts[i]!.length - tail).join('').trim() })),
      reason: parts[0]!.slice(parts[0]!.length - tail).join('').trim(),
    };
  });
}

/** The groups to list so that `limit` claims are listed in all, each with how many of its claims. */
export function firstQuotes(groups: readonly ClaimGroup[], limit: number): { group: ClaimGroup; count: number }[] {
  const out: { group: ClaimGroup; count: number }[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    const count = Math.min(left, group.quotes.length);
    out.push({ group, count });
    left -= count;
  }
  return out;
}

/** The groups' claims in the order they are listed. */
export const listedOrder = (groups: readonly ClaimGroup[]): GroupedQuote[] => groups.flatMap((g) => g.quotes);
