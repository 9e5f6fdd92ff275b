import { answer } from '../../engine';
import { send } from '../../send-message';
import { isEnabledFor, pausedUntil, saveSettings } from '../../settings';
import { LangContext } from '../helpers/i18n';
import { openOptions } from '../helpers/open-options';
import { openSidePanel } from '../helpers/open-side-panel';
import { pausePatch, siteSwitchPatch } from '../helpers/site-settings';
import { PopupView } from './popup-view';
import { usePageSettings } from '../hooks/use-page-settings';
import { useShownTab } from '../hooks/use-shown-tab';

/** The engine runs here, in the popup: a typed query never leaves it. Stable, so results are memoised. */
const answerQuery = (query: string) => answer(query, { limit: 10 });

/** @param fixedTab the tab to act on (popup.html?tabId=N); null for the active tab */
export function PopupApp({ fixedTab = null }: { fixedTab?: number | null }) {
  const { settings, lang } = usePageSettings('extName');
  const { tabId, state, hostname } = useShownTab(fixedTab);
  if (!settings) return null;
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

