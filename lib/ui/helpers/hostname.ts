/** The hostname of a page address, or '' when it has none (about:blank, a malformed URL). */
export function safeHostname(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}
