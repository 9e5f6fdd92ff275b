// Keyboard focus inside the in-page card: Tab and Shift+Tab go round the card's own buttons and
// links while it is open, instead of leaving it for the page behind.

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/** The elements of `scope` that take focus from Tab, in document order: enabled, not hidden, not tabindex=-1. */
export function focusables(scope: Element): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => {
    if ((el as HTMLButtonElement).disabled || el.tabIndex < 0) return false;
    for (let e: Element | null = el; e && e !== scope; e = e.parentElement) if ((e as HTMLElement).hidden) return false;
    // Hidden by a style rule (the card's modes hide whole rows), where the browser can tell.
    return typeof el.checkVisibility !== 'function' || el.checkVisibility();
  });
}

/**
 * Moves focus to the next (or, backwards, the previous) element of `scope`, going round.
 * @param active the element that has focus now, if it is in `scope`
 * @return false when `scope` has nothing to focus
 */
export function cycleFocus(scope: Element, active: Element | null, backwards: boolean): boolean {
  const list = focusables(scope);
  if (list.length === 0) return false;
  const at = active ? list.indexOf(active as HTMLElement) : -1;
  const next = at < 0 ? (backwards ? list.length - 1 : 0) : (at + (backwards ? -1 : 1) + list.length) % list.length;
  list[next]!.focus();
  return true;
}
