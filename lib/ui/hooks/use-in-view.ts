import { useEffect, useState } from 'preact/hooks';
import { request } from '../../send-message';
import { onMessages } from '../../receive-message';

/** How many of a page's claims lie wholly above and wholly below its view. */
export interface InView {
  above: number;
  below: number;
}

/**
 * Where the tab's claims are relative to its view: asked when the tab or its claims change, then
 * followed as the page scrolls (the content script tells the background, which passes it on).
 * @param tabId null while the tab is not known
 * @param asked changes when the tab's claims do, so the answer is asked for again
 * @return null until the page has answered
 */
export function useInView(tabId: number | null, asked: unknown): InView | null {
  const [inView, setInView] = useState<InView | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    request({ type: 'page/get-in-view', tabId })
      .then((m) => {
        if (live && m) setInView({ above: m.above, below: m.below });
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [tabId, asked]);
  useEffect(() => {
    setInView(null);
    if (tabId === null) return;
    return onMessages({
      'content/in-view': (m) => {
        if (m.tabId === tabId) setInView({ above: m.above, below: m.below });
      },
    });
  }, [tabId]);
  return inView;
}
