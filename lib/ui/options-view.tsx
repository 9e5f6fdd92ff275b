import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { activePauses, type Language, type Settings } from '../settings';
import { useLang, useT } from './i18n';
import { PROVINCES } from './provinces';
import { formatMoment } from './format-time';

interface Props {
  settings: Settings;
  /** Stores a change; every open page and tab follows it at once. */
  save: (patch: Partial<Settings>) => Promise<unknown>;
  /** More sections, before the privacy note (the reader's reports). */
  children?: ComponentChildren;
}

/** How long the "saved" confirmation stays. */
const SAVED_MS = 2000;
/** The city is saved this long after the reader stops typing (ms); Enter and leaving the field save at once. */
export const CITY_SAVE_MS = 400;

/** The options form: each change is saved as it is made, and confirmed. */
export function OptionsView({ settings, save, children }: Props) {
  const t = useT();
  const lang = useLang();
  const [savedAt, setSavedAt] = useState(0);
  /** The last save was the city's: it is confirmed beside the field, where the reader is typing. */
  const [savedCityLast, setSavedCityLast] = useState(false);
  const [city, setCity] = useState(settings.region?.city ?? '');
  /** The city this page saved last: its echo from storage must not overwrite what was typed since. */
  const savedCity = useRef<string | null>(null);
  useEffect(() => {
    const stored = settings.region?.city ?? '';
    if (stored !== savedCity.current) setCity(stored);
  }, [settings.region?.city]);
  useEffect(() => {
    if (!savedAt) return;
    const timer = setTimeout(() => setSavedAt(0), SAVED_MS);
    return () => clearTimeout(timer);
  }, [savedAt]);
  const commit = (patch: Partial<Settings>, isCity = false): void => {
    void save(patch).then(() => {
      setSavedCityLast(isCity);
      setSavedAt(Date.now());
    });
  };
  const province = settings.region?.province ?? '';
  // Paused sites are off too, until their pause runs out.
  const paused = Object.entries(activePauses(settings, Date.now())).filter(([h]) => !settings.disabledSites.includes(h));
  const sites: [string, number | null][] = [...settings.disabledSites.map((h): [string, null] => [h, null]), ...paused];
  /** The reader typed in the city field since it was last saved. */
  const typed = useRef(false);
  const commitCity = (): void => {
    if (!typed.current) return;
    typed.current = false;
    const next = city.trim();
    if (!province || next === (settings.region?.city ?? '')) return;
    savedCity.current = next;
    commit({ region: { province, ...(next ? { city: next } : {}) } }, true);
  };
  // Saved as the reader types, once they pause.
  useEffect(() => {
    if (!typed.current) return undefined;
    const timer = setTimeout(commitCity, CITY_SAVE_MS);
    return () => clearTimeout(timer);
  }, [city]);
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('optionsRegion')}</legend>
        <p class="hint">{t('optionsRegionHelp')}</p>
        <div class="field">
          <label for="province">{t('optionsProvince')}</label>
          <select
            id="province"
            value={province}
            onChange={(e) => {
              const next = e.currentTarget.value;
              // A city belongs to its province: changing the province drops it.
              typed.current = false;
              savedCity.current = '';
              setCity('');
              commit({ region: next ? { province: next } : null });
            }}
          >
            <option value="">{t('optionsNoProvince')}</option>
            {PROVINCES.map((p) => (
              <option key={p.zh} value={p.zh}>
                {lang === 'en' ? `${p.en} ${p.zh}` : p.zh}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="city">{t('optionsCity')}</label>
          <input
            id="city"
            type="text"
            maxLength={40}
            autoComplete="address-level2"
            value={city}
            disabled={!province}
            onInput={(e) => {
              typed.current = true;
              setCity(e.currentTarget.value);
            }}
            onChange={commitCity}
            onKeyDown={(e) => e.key === 'Enter' && commitCity()}
            aria-describedby="city-saved"
          />
          <span id="city-saved" class="saved field-saved" aria-live="polite">
            {savedAt && savedCityLast ? `✓ ${t('optionsSaved')}` : ''}
          </span>
        </div>
      </fieldset>

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

      <fieldset>
        <legend>{t('optionsLanguage')}</legend>
        <div class="field">
          <label for="language" class="visually-hidden">
            {t('optionsLanguage')}
          </label>
          <select id="language" value={settings.language} onChange={(e) => commit({ language: e.currentTarget.value as Language })}>
            <option value="auto">{t('optionsLanguageAuto')}</option>
            <option value="zh_CN" lang="zh-CN">
              中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
      </fieldset>

      {children}

      <p class="hint">{t('optionsPrivacy')}</p>
      <p class="saved" role="status">
        {savedAt && !savedCityLast ? `✓ ${t('optionsSaved')}` : ''}
      </p>
    </main>
  );
}
