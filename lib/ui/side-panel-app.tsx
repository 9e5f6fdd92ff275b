import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { lookup } from '../engine';
import type { FocusMessage, TabState } from '../messages';
import { resolveLang, t, type Lang } from '../i18n';
import type { Region } from '../settings';
import { ClaimList } from './claim-list';
import { LookupResults } from './lookup-results';
import { useSettings } from './hooks/use-settings';
import { useTabState } from './hooks/use-tab-state';
import { useActiveTab } from './hooks/use-active-tab';

interface ViewProps {
  state: TabState | null;
  focus: FocusMessage | null;
  lang: Lang;
  region: Region | null;
  onShow: (index: number) => void;
  onTurnOn?: () => void;
}

/** The side panel's content for one tab's state: pure, so it is tested without a browser. */
export function SidePanelView({ state, focus, lang, region, onShow, onTurnOn }: ViewProps) {
  const selection = focus?.selection;
  return (
    <main>
      <h1>{t(lang, 'panelTitle')}</h1>
      {selection !== undefined && (
        <section aria-label={t(lang, 'panelSelection')}>
          <h2>{t(lang, 'panelSelection')}</h2>
          <blockquote class="muted">{selection}</blockquote>
          <LookupResults results={lookup(selection)} lang={lang} />
        </section>
      )}
      {!state || state.status === 'pending' ? (
        <p class="state">{t(lang, 'panelPending')}</p>
      ) : state.status === 'unsupported' ? (
        <p class="state">{t(lang, 'panelUnsupported')}</p>
      ) : state.status === 'off' ? (
        <div class="state">
          <p>{t(lang, 'panelOff')}</p>
          {onTurnOn && (
            <button type="button" onClick={onTurnOn}>
              {t(lang, 'panelTurnOn')}
            </button>
          )}
        </div>
      ) : state.claims.length === 0 ? (
        <p class="state">{t(lang, 'panelEmpty')}</p>
      ) : (
        <ClaimList claims={state.claims} lang={lang} region={region} focus={focus?.index} onShow={onShow} />
      )}
    </main>
  );
}

/** The side panel: follows the active tab, or shows tab N when opened as sidepanel.html?tabId=N. */
export function SidePanelApp({ fixedTab, initialClaim }: { fixedTab: number | null; initialClaim: number | null }) {
  const settings = useSettings();
  const lang = resolveLang(settings.language);
  const tabId = useActiveTab(fixedTab);
  const { state, focus } = useTabState(tabId);
  const [initial, setInitial] = useState<FocusMessage | null>(null);
  useEffect(() => {
    if (tabId !== null && initialClaim !== null) setInitial({ type: 'focus', tabId, index: initialClaim });
  }, [tabId]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const hostname = state?.url ? safeHostname(state.url) : '';
  return (
    <SidePanelView
      state={state}
      focus={focus ?? initial}
      lang={lang}
      region={settings.region}
      onShow={(index) => tabId !== null && browser.runtime.sendMessage({ type: 'reveal', tabId, index }).catch(() => {})}
      onTurnOn={
        hostname
          ? () =>
              import('../settings').then(({ saveSettings }) =>
                saveSettings({ enabled: true, disabledSites: settings.disabledSites.filter((h) => h !== hostname) }),
              )
          : undefined
      }
    />
  );
}

export function safeHostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
