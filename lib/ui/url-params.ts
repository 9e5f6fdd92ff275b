/** Reads a non-negative integer query parameter (sidepanel.html?tabId=N&claim=K), or null. */
export function intParam(search: string, name: string): number | null {
  const v = new URLSearchParams(search).get(name);
  return v !== null && /^\d{1,9}$/.test(v) ? Number(v) : null;
}
