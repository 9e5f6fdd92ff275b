import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { lookup } from '../engine';
import { resolveLang, t } from '../i18n';
import { saveSettings } from '../settings';
import { LookupBox } from './lookup-box';
import { VerdictSummary } from './verdict-summary';
import { useSettings } from './hooks/use-settings';
import { useTabState } from './hooks/use-tab-state';
import { useActiveTab } from './hooks/use-active-tab';
import { safeHostname } from './side-panel-app';

type SidePanelApi = { open(o: { tabId?: number; windowId?: number }): Promise<void> };

/** The toolbar popup: look up a claim, see this page's summary, open the panel, switch the site. */
/** @param fixedTab the tab to act on (popup.html?tabId=N); null for the active tab */
export function PopupApp({ fixedTab = null }: { fixedTab?: number | null }) {
  const settings = useSettings();
  const lang = resolveLang(settings.language);
  const tabId = useActiveTab(fixedTab);
  const { state } = useTabState(tabId);
  const hostname = state?.url ? safeHostname(state.url) : '';
  const siteOn = settings.enabled && !settings.disabledSites.includes(hostname);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const openPanel = async (): Promise<void> => {
    if (tabId === null) return;
    // Called from the click itself, so the side panel may open (it needs a user gesture).
    const chromeApi = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
    try {
      if (chromeApi) await chromeApi.open({ tabId });
      else await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
      window.close();
    } catch {
      await browser.runtime.sendMessage({ type: 'open-panel', tabId });
    }
  };

  const toggleSite = (on: boolean): void => {
    const others = settings.disabledSites.filter((h) => h !== hostname);
    void saveSettings(on ? { enabled: true, disabledSites: others } : { disabledSites: [...others, hostname] });
  };

  return (
    <main>
      <LookupBox lang={lang} lookup={(q) => lookup(q, { limit: 3 })} />
      <h2>{t(lang, 'popupThisPage')}</h2>
      {state && state.status === 'ok' ? (
        <VerdictSummary claims={state.claims} lang={lang} />
      ) : (
        <p class="muted">
          {t(lang, state?.status === 'off' ? 'panelOff' : state?.status === 'unsupported' ? 'panelUnsupported' : 'panelPending')}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={openPanel} disabled={tabId === null}>
          {t(lang, 'popupOpenPanel')}
        </button>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t(lang, 'popupOptions')}
        </a>
      </div>
      {hostname && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={siteOn} onChange={(e) => toggleSite((e.target as HTMLInputElement).checked)} />
          {t(lang, 'popupSiteSwitch')} <span class="muted">{hostname}</span>
        </label>
      )}
    </main>
  );
}
