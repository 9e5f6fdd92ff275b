// How a claim is known again after a reload: the address of its page and its own words. Claim
// offsets change whenever the page does; the words and the address do not.

/** Longest claim key kept: longer claims are known by their first characters. */
const MAX_KEY = 1000;

/**
 * The page's address without its fragment (#…), which names a place in the page, not the page.
 * @return the input unchanged when it is not a URL
 */
export function pageAddress(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

/** A claim's words with runs of white space made one space (extraction may differ in spacing). */
export function claimKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_KEY);
}
