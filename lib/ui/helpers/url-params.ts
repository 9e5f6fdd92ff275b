/**
 * Reads a non-negative integer query parameter (sidepanel.html?tabId=N&claim=K), or null.
 * Tab ids are any safe integer: Chromium hands out ten-digit ones.
 */
export function intParam(search: string, name: string): number | null {
  const v = new URLSearchParams(search).get(name);
  if (v === null || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}
