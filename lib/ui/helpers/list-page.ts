// A long list of claims is shown a page at a time: a claim-dense page can report a thousand
// claims, and each item is a dozen elements with its sources and buttons.

/** Items shown at first, and added by each "show more". */
export const LIST_PAGE = 100;

/** How many items to show so that the item at `position` is among them: whole pages. */
export function limitFor(position: number, page = LIST_PAGE): number {
  return (Math.floor(Math.max(0, position) / page) + 1) * page;
}

/** How many items the next "show more" adds. */
export function moreCount(total: number, limit: number, page = LIST_PAGE): number {
  return Math.max(0, Math.min(page, total - limit));
}
