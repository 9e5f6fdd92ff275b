// Puts text on the clipboard from a click, in an extension page or in the in-page card.

/**
 * Call from a click handler: both ways need the click's user activation.
 *
 * The Clipboard API comes first; where a page lacks it (plain http) or refuses it (a permissions
 * policy, no focus), a hidden, read-only textarea inside `container` is selected and copied with
 * execCommand('copy'). For the card, `container` is its shadow root, so the page's styles never
 * show the textarea; focus returns where it was.
 * @return whether the text was copied
 */
export async function copyText(text: string, doc: Document, container: ParentNode = doc.body ?? doc.documentElement): Promise<boolean> {
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the older way.
  }
  return execCopy(text, doc, container);
}

function execCopy(text: string, doc: Document, container: ParentNode): boolean {
  const root = (container as Node).getRootNode() as Document | ShadowRoot;
  const before = root.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none;';
  container.appendChild(area);
  try {
    area.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    before?.focus?.({ preventScroll: true });
  }
}
