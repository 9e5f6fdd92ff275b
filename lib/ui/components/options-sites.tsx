import { activePauses, type Settings } from '../../settings';
import { useLang, useT } from '../helpers/i18n';
import { formatMoment } from '../helpers/format-time';

interface Props {
  settings: Settings;
  /** Stores a change and confirms it. */
  commit: (patch: Partial<Settings>) => void;
}

/** Annotation on or off everywhere, and the sites where it is off or paused, each removable. */
export function SitesFieldset({ settings, commit }: Props) {
  const t = useT();
  const lang = useLang();
  // Paused sites are off too, until their pause runs out.
  const paused = Object.entries(activePauses(settings, Date.now())).filter(([h]) => !settings.disabledSites.includes(h));
  const sites: [string, number | null][] = [...settings.disabledSites.map((h): [string, null] => [h, null]), ...paused];
  return (
    <fieldset>
      <legend>{t('optionsAnnotation')}</legend>
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => commit({ enabled: e.currentTarget.checked })} />
        <span>{t('optionsEnabled')}</span>
      </label>
      <h2 id="sites-title">{t('optionsDisabledSites')}</h2>
      {sites.length === 0 ? (
        <p class="hint">{t('optionsNoDisabledSites')}</p>
      ) : (
        <ul class="sites" aria-labelledby="sites-title">
          {sites.map(([h, until]) => (
            <li key={h}>
              <span>
                <span class="hostname">{h}</span>
                {until !== null && <span class="paused-until hint"> {t('optionsPausedUntil', { time: formatMoment(lang, until) })}</span>}
              </span>
              <button
                type="button"
                aria-label={`${t('optionsRemove')} ${h}`}
                onClick={() =>
                  commit(
                    until === null
                      ? { disabledSites: settings.disabledSites.filter((x) => x !== h) }
                      : { pausedSites: Object.fromEntries(paused.filter(([x]) => x !== h)) },
                  )
                }
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
