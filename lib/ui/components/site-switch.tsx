import { useLang, useT } from '../helpers/i18n';
import { formatMoment } from '../helpers/format-time';

interface Props {
  hostname: string;
  /** Annotation runs on this site. */
  on: boolean;
  /** Annotation is off everywhere: the per-site switch cannot turn it on. */
  offEverywhere: boolean;
  onChange: (on: boolean) => void;
  /** When a pause of this site runs out; null when it is not paused. */
  pausedUntil?: number | null;
  /** Pauses the site until the end of the day; omitted, there is no pause button. */
  onPause?: () => void;
}

/** The per-site annotation switch, and beside it a pause for the rest of the day. */
export function SiteSwitch({ hostname, on, offEverywhere, onChange, pausedUntil = null, onPause }: Props) {
  const t = useT();
  const lang = useLang();
  const note = offEverywhere ? 'site-switch-note' : pausedUntil !== null ? 'site-pause-note' : undefined;
  return (
    <div class="site-switch">
      <div class="switch-row">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={on && !offEverywhere}
            disabled={offEverywhere}
            aria-describedby={note}
            onChange={(e) => onChange(e.currentTarget.checked)}
          />
          <span>
            {t('popupSiteSwitch')} <span class="hostname">{hostname}</span>
          </span>
        </label>
        {onPause && on && !offEverywhere && (
          <button type="button" data-action="pause-site" aria-label={t('popupPauseTodayLabel', { host: hostname })} onClick={onPause}>
            {t('popupPauseToday')}
          </button>
        )}
      </div>
      {offEverywhere ? (
        <p id="site-switch-note" class="hint">
          {t('panelOffEverywhere')}
        </p>
      ) : (
        pausedUntil !== null && (
          <p id="site-pause-note" class="hint" role="status">
            {t('panelPausedUntil', { time: formatMoment(lang, pausedUntil) })}
          </p>
        )
      )}
    </div>
  );
}
