// One wording for bad command-line arguments across the CLI commands.

/** @return node:util parseArgs's error as a short reason ("Unknown option '--x'. To specify…" → "unknown option --x") */
export function argError(e: Error): string {
  const unknown = /^Unknown option '([^']+)'/.exec(e.message);
  if (unknown) return `unknown option ${unknown[1]}`;
  return e.message.split(/\.\s/)[0]!.replace(/\.$/, '');
}
