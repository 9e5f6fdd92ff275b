import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '../../send-message';
import { pausedUntil, saveSettings } from '../../settings';
import { dismissedOn } from '../../dismissals';
import { LangContext } from '../helpers/i18n';
import { openOptions } from '../helpers/open-options';
import { siteSwitchPatch } from '../helpers/site-settings';
import { SidePanelView } from './side-panel-view';
import { usePageSettings } from '../hooks/use-page-settings';
import { useShownTab } from '../hooks/use-shown-tab';
import { useInView } from '../hooks/use-in-view';
import { useDismissals } from '../hooks/use-dismissals';
import { readerActions } from '../helpers/reader-actions';

interface Props {
  /** Show this tab and do not follow the active one (sidepanel.html?tabId=N). */
  fixedTab: number | null;
  /** Bring this claim into view once the tab's claims arrive (sidepanel.html?claim=K). */
  initialClaim: number | null;
}

/** The side panel: the claims of the active tab, or of a fixed one. */
export function SidePanelApp({ fixedTab, initialClaim }: Props) {
  const { settings, lang } = usePageSettings('panelTitle');
  const { tabId, state, focus, hostname } = useShownTab(fixedTab);
  const inView = useInView(tabId, state?.claims);
  const dismissals = useDismissals();
  const url = state?.status === 'ok' ? state.url : '';
  const actions = useMemo(() => (url ? readerActions(url) : undefined), [url]);
  const dismissed = useMemo(() => (url ? dismissedOn(dismissals, url) : []), [dismissals, url]);
  // The URL's claim applies to the tab it was opened for, until a newer request arrives.
  const [initial] = useState(() => (initialClaim !== null ? { index: initialClaim } : null));
  const [initialTab, setInitialTab] = useState<number | null>(null);
  useEffect(() => {
    if (initialTab === null && tabId !== null) setInitialTab(tabId);
  }, [tabId]);
  if (!settings) return null;
  return (
    <LangContext.Provider value={lang}>
      <SidePanelView
        state={state}
        focus={focus ?? (tabId === initialTab ? initial : null)}
        region={settings.region}
        offEverywhere={!settings.enabled}
        onShow={(index) => {
          if (tabId !== null) send({ type: 'page/reveal', tabId, index });
        }}
        onTurnOn={hostname ? () => void saveSettings(siteSwitchPatch(settings, hostname, true)) : undefined}
        onOpenOptions={openOptions}
        dismissed={dismissed}
        actions={actions}
        pausedUntil={hostname ? pausedUntil(settings, hostname) : null}
        inView={inView}
        onNavigate={(direction) => {
          if (tabId !== null) send({ type: 'page/navigate', tabId, direction });
        }}
      />
    </LangContext.Provider>
  );
}
