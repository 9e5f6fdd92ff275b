import { useMemo, useState } from 'preact/hooks';
import { answer as engineAnswer, type Answer } from '../../engine';
import type { FocusMessage, TabState } from '../../messages';
import type { Region } from '../../settings';
import { useLang, useT } from '../helpers/i18n';
import { ClaimList } from '../components/claim-list';
import { ClaimNav } from '../components/claim-nav';
import type { InView } from '../hooks/use-in-view';
import { LookupResults } from '../components/lookup-results';
import { statusKey } from '../helpers/page-status';
import { claimKey } from '../../claim-identity';
import { ExportButton } from '../components/export-button';
import { DatasetDate } from '../components/dataset-date';
import { DismissedList } from '../components/dismissed-list';
import { formatMoment } from '../helpers/format-time';
import type { ReaderActions } from '../helpers/reader-actions';

interface Props {
  /** The tab's state; null until the background answers. */
  state: TabState | null;
  /** A claim to bring into view, or a selection to check. */
  focus: Pick<FocusMessage, 'index' | 'selection'> | null;
  region: Region | null;
  /** Annotation is off everywhere, not just on this site. */
  offEverywhere?: boolean;
  /** Asks the page to scroll to claim `index` and flash it. */
  onShow: (index: number) => void;
  /** Turns annotation back on for this site; omitted where that cannot help. */
  onTurnOn?: () => void;
  onOpenOptions?: () => void;
  lookup?: (query: string) => Answer;
  /** The claims dismissed on this tab's page (claimKey of their words), in the order dismissed. */
  dismissed?: readonly string[];
  /** Dismissing, undoing and reporting; without them, claims have no such buttons. */
  actions?: ReaderActions;
  /** When a pause of this site runs out; null when it is not paused. */
  pausedUntil?: number | null;
  /** How many claims lie above and below the page's view; null until the page has said. */
  inView?: InView | null;
  /** Shows the claim before (-1) or after (1) the page's view; without it there are no such buttons. */
  onNavigate?: (direction: 1 | -1) => void;
}

/** The side panel's content for one tab: pure, so it is tested without a browser. */
export function SidePanelView({
  state,
  focus,
  region,
  offEverywhere = false,
  onShow,
  onTurnOn,
  onOpenOptions,
  lookup = engineAnswer,
  dismissed = [],
  actions,
  pausedUntil = null,
  inView = null,
  onNavigate,
}: Props) {
  const t = useT();
  const lang = useLang();
  const dismissedSet = useMemo(() => new Set(dismissed), [dismissed]);
  /** The claim just dismissed here: its undo button gets the focus its item had. */
  const [justDismissed, setJustDismissed] = useState<string | null>(null);
  const itemActions = useMemo<ReaderActions | undefined>(
    () =>
      actions && {
        ...actions,
        dismiss: (text, undo) => {
          actions.dismiss(text, undo);
          setJustDismissed(undo ? null : claimKey(text));
        },
      },
    [actions],
  );
  const selection = focus?.selection;
  const selectionResults = useMemo(() => (selection ? lookup(selection) : null), [selection, lookup]);
  const focusRequest = useMemo(() => (focus?.index !== undefined ? { index: focus.index } : null), [focus]);
  const status = statusKey(state, offEverywhere);
  return (
    <main class="panel">
      {selection && selectionResults && (
        <section class="selection" aria-labelledby="selection-title">
          <h2 id="selection-title">{t('panelSelection')}</h2>
          <blockquote class="quoted" lang="zh">{selection}</blockquote>
          <LookupResults answer={selectionResults} />
        </section>
      )}
      <h1>{t('panelTitle')}</h1>
      {state?.url && <p class="page-url" title={state.url}>{state.url}</p>}
      {!state || status ? (
        <div class="state" role="status">
          <p>{status === 'panelOff' && pausedUntil !== null ? t('panelPausedUntil', { time: formatMoment(lang, pausedUntil) }) : t(status ?? 'panelPending')}</p>
          {status === 'panelOff' && onTurnOn && (
            <button type="button" onClick={onTurnOn}>
              {t('panelTurnOn')}
            </button>
          )}
          {status === 'panelOffEverywhere' && onOpenOptions && (
            <button type="button" onClick={onOpenOptions}>
              {t('popupOptions')}
            </button>
          )}
        </div>
      ) : (
        <>
          {onNavigate && <ClaimNav inView={inView} onNavigate={onNavigate} />}
          {state.total !== undefined && <p class="listed">{t('panelListed', { total: state.total, n: state.claims.length })}</p>}
          {/* A new tab starts unfiltered. */}
          <ClaimList
            key={state.tabId}
            claims={state.claims}
            region={region}
            focus={focusRequest}
            onShow={onShow}
            pageUrl={state.url}
            dismissed={dismissedSet}
            actions={itemActions}
          />
          <div class="panel-tools">
            <ExportButton claims={state.claims} pageUrl={state.url} />
          </div>
        </>
      )}
      {state?.status === 'ok' && actions && <DismissedList texts={dismissed} focus={justDismissed} onUndo={(text) => actions.dismiss(text, true)} />}
      <DatasetDate />
    </main>
  );
}
