import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../settings';
import { useLang, useT } from '../helpers/i18n';
import { PROVINCES } from '../helpers/provinces';

/** The city is saved this long after the reader stops typing (ms); Enter and leaving the field save at once. */
export const CITY_SAVE_MS = 400;

interface Props {
  region: Settings['region'];
  /** Stores a change and confirms it; `isCity` confirms it beside the city field. */
  commit: (patch: Partial<Settings>, isCity?: boolean) => void;
  /** The city's save is being confirmed. */
  citySaved: boolean;
}

/** The reader's province and city: the city is saved as it is typed, once the reader pauses. */
export function RegionFieldset({ region, commit, citySaved }: Props) {
  const t = useT();
  const lang = useLang();
  const [city, setCity] = useState(region?.city ?? '');
  /** The city this page saved last: its echo from storage must not overwrite what was typed since. */
  const savedCity = useRef<string | null>(null);
  useEffect(() => {
    const stored = region?.city ?? '';
    if (stored !== savedCity.current) setCity(stored);
  }, [region?.city]);
  const province = region?.province ?? '';
  /** The reader typed in the city field since it was last saved. */
  const typed = useRef(false);
  const commitCity = (): void => {
    if (!typed.current) return;
    typed.current = false;
    const next = city.trim();
    if (!province || next === (region?.city ?? '')) return;
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
          {citySaved ? `✓ ${t('optionsSaved')}` : ''}
        </span>
      </div>
    </fieldset>
  );
}
