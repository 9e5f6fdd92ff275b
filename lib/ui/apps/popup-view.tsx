import type { Answer } from '../../engine';
import type { TabState } from '../../messages';
import type { Region } from '../../settings';
import { useT } from '../helpers/i18n';
import { LookupBox } from '../components/lookup-box';
import { VerdictSummary } from '../components/verdict-summary';
import { SiteSwitch } from '../components/site-switch';
import { statusKey } from '../helpers/page-status';
import { DatasetDate } from '../components/dataset-date';
import { MarksToggle } from '../components/marks-toggle';

interface Props {
  lookup: (query: string) => Answer;
  /** The current tab's state; null until the background answers. */
  state: TabState | null;
  /** The current page's hostname; '' where there is no site to switch. */
  hostname: string;
  siteOn: boolean;
  offEverywhere: boolean;
  onToggleSite: (on: boolean) => void;
  /** Omitted while the current tab is unknown. */
  onOpenPanel?: () => void;
  onOpenOptions: () => void;
  /** Hides or shows the page's marks; omitted while there are none to hide. */
  onToggleMarks?: () => void;
  /** When a pause of this site runs out; null when it is not paused. */
  pausedUntil?: number | null;
  onPauseSite?: () => void;
  /** The reader's region from the options; null when not set. */
  region?: Region | null;
}

/** The toolbar popup: check a claim, see this page's counts, open the panel, switch the site. */
export function PopupView(props: Props) {
  const { lookup, state, hostname, siteOn, offEverywhere, onToggleSite, onOpenPanel, onOpenOptions, onToggleMarks, pausedUntil, onPauseSite, region = null } = props;
  const t = useT();
  const status = statusKey(state, offEverywhere);
  return (
    <main class="popup">
      <h1 class="brand">{t('extName')}</h1>
      <LookupBox lookup={lookup} autoFocus region={region} />
      <section class="this-page" aria-labelledby="this-page-title">
        <h2 id="this-page-title">{t('popupThisPage')}</h2>
        {state?.status === 'ok' && state.claims.length > 0 ? (
          <VerdictSummary claims={state.claims} />
        ) : (
          <p class="hint">{t(status === 'panelEmpty' ? 'popupNoClaims' : (status ?? 'panelPending'))}</p>
        )}
        <div class="row">
          <button type="button" class="primary" onClick={onOpenPanel} disabled={!onOpenPanel}>
            {t('popupOpenPanel')}
          </button>
          <a
            href="options.html"
            target="_blank"
            onClick={(e) => {
              e.preventDefault();
              onOpenOptions();
            }}
          >
            {t('popupOptions')}
          </a>
        </div>
        {state?.status === 'ok' && <MarksToggle hidden={!!state.marksHidden} onToggle={onToggleMarks} />}
        {hostname && (
          <SiteSwitch hostname={hostname} on={siteOn} offEverywhere={offEverywhere} onChange={onToggleSite} pausedUntil={pausedUntil} onPause={onPauseSite} />
        )}
      </section>
      <DatasetDate />
    </main>
  );
}
