/** Runs `fn`, swallowing what it throws: a page that changed under us skips this event rather than breaking. */
export function guard(fn: () => void): void {
  try {
    fn();
  } catch {
    // A page that changed under us: skip this event.
  }
}
