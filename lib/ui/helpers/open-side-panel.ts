import { nativeSidePanel } from '../../side-panel-api';
import { request } from '../../send-message';

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) from an extension page. Must be called
 * straight from a click: both browsers open it only inside a user gesture. Where neither API
 * is there or it refuses, the background is asked to open it (it falls back to a tab).
 * @return true when the panel opened here, so the popup may close
 */
export async function openSidePanel(tabId: number): Promise<boolean> {
  const open = nativeSidePanel();
  try {
    if (open) {
      await open(tabId);
      return true;
    }
  } catch {
    // Refused (no gesture, an older browser): the background has a fallback.
  }
  await request({ type: 'reader/open-panel', tabId }).catch(() => {});
  return false;
}
