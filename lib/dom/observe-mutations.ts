// Watches the page for content added later (infinite scroll, single-page apps, "read more")
// and asks for a re-check once it settles. The extension's own elements are ignored, so it
// never reacts to its own changes.
import { OWN_ATTRIBUTE } from './extract-text';
import { isElement, isText } from './node-types';

/** Quiet time after the last change before a re-check. */
const DEBOUNCE_MS = 500;
/** A page that never stops changing (a ticker, an animation) is still re-checked this often. */
const MAX_WAIT_MS = 5000;
/**
 * Attributes that show or hide text. Class and style changes are left out: pages change them
 * constantly (hover effects, animations), and what they reveal usually arrives as new nodes.
 */
const ATTRIBUTES = ['hidden', 'open', 'aria-hidden'];

function isOwn(node: Node): boolean {
  const el = isElement(node) ? node : node.parentElement;
  return !!el?.closest?.(`[${OWN_ATTRIBUTE}]`);
}

/** @return true when a mutation may change what a reader sees. */
export function relevant(m: MutationRecord): boolean {
  if (isOwn(m.target)) return false;
  if (m.type === 'characterData' || m.type === 'attributes') return true;
  const nodes = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)];
  return nodes.some((n) => !isOwn(n) && (isText(n) || isElement(n)));
}

export interface Observer {
  disconnect(): void;
  /** Forgets pending changes (after the caller itself changed the DOM). */
  takeRecords(): void;
}

export function observeMutations(root: Node, onChange: () => void, delay = DEBOUNCE_MS, maxWait = MAX_WAIT_MS): Observer {
  const win = (root.ownerDocument ?? (root as Document)).defaultView!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest change not yet handled happened. */
  let firstChange = 0;
  const fire = (): void => {
    timer = undefined;
    firstChange = 0;
    onChange();
  };
  const observer = new win.MutationObserver((records) => {
    if (!records.some(relevant)) return;
    const now = Date.now();
    firstChange ||= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(delay, firstChange + maxWait - now)));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES });
  return {
    disconnect: () => {
      clearTimeout(timer);
      observer.disconnect();
    },
    takeRecords: () => void observer.takeRecords(),
  };
}
