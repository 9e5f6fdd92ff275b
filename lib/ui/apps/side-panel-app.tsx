import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '../../send-message';
import { pausedUntil, saveSettings } from '../../settings';
import { dismissedOn } from '../../dismissals';
import { LangContext, resolveLang } from '../helpers/i18n';
import { safeHostname } from '../helpers/hostname';
import { openOptions } from '../helpers/open-options';
import { siteSwitchPatch } from '../helpers/site-settings';
import { SidePanelView } from './side-panel-view';
import { useSettings } from '../hooks/use-settings';
import { useTabState } from '../hooks/use-tab-state';
import { useActiveTab } from '../hooks/use-active-tab';
import { useDocumentLang } from '../hooks/use-document-lang';
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
  const settings = useSettings();
  const lang = resolveLang(settings?.language ?? 'auto');
  useDocumentLang(lang, 'panelTitle');
  const tabId = useActiveTab(fixedTab);
  const { state, focus } = useTabState(tabId);
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
  const hostname = state ? safeHostname(state.url) : '';
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
