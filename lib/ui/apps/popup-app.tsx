import { answer } from '../../engine';
import { send } from '../../send-message';
import { isEnabledFor, pausedUntil, saveSettings } from '../../settings';
import { LangContext, resolveLang } from '../helpers/i18n';
import { safeHostname } from '../helpers/hostname';
import { openOptions } from '../helpers/open-options';
import { openSidePanel } from '../helpers/open-side-panel';
import { pausePatch, siteSwitchPatch } from '../helpers/site-settings';
import { PopupView } from './popup-view';
import { useSettings } from '../hooks/use-settings';
import { useTabState } from '../hooks/use-tab-state';
import { useActiveTab } from '../hooks/use-active-tab';
import { useDocumentLang } from '../hooks/use-document-lang';

/** The engine runs here, in the popup: a typed query never leaves it. Stable, so results are memoised. */
const answerQuery = (query: string) => answer(query, { limit: 10 });

/** @param fixedTab the tab to act on (popup.html?tabId=N); null for the active tab */
export function PopupApp({ fixedTab = null }: { fixedTab?: number | null }) {
  const settings = useSettings();
  const lang = resolveLang(settings?.language ?? 'auto');
  useDocumentLang(lang, 'extName');
  const tabId = useActiveTab(fixedTab);
  const { state } = useTabState(tabId);
  if (!settings) return null;
  const hostname = state ? safeHostname(state.url) : '';
  return (
    <LangContext.Provider value={lang}>
      <PopupView
        lookup={answerQuery}
        state={state}
        hostname={hostname}
        siteOn={isEnabledFor(settings, hostname)}
        offEverywhere={!settings.enabled}
        onToggleSite={(on) => void saveSettings(siteSwitchPatch(settings, hostname, on))}
        onOpenPanel={
          tabId === null
            ? undefined
            : () => {
                // No await before open(): the click's user gesture must still be live.
                void openSidePanel(tabId).then((opened) => opened && fixedTab === null && window.close());
              }
        }
        onOpenOptions={() => {
          openOptions();
          if (fixedTab === null) window.close();
        }}
        onToggleMarks={
          tabId === null || state?.status !== 'ok'
            ? undefined
            : () => send({ type: 'reader/toggle-marks', tabId })
        }
        pausedUntil={hostname ? pausedUntil(settings, hostname) : null}
        onPauseSite={() => void saveSettings(pausePatch(settings, hostname))}
        region={settings.region}
      />
    </LangContext.Provider>
  );
}

