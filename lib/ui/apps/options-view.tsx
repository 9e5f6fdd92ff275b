import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings';
import { useT } from '../helpers/i18n';
import { RegionFieldset } from '../components/options-region';
import { SitesFieldset } from '../components/options-sites';
import { LanguageFieldset } from '../components/options-language';

export { CITY_SAVE_MS } from '../components/options-region';

interface Props {
  settings: Settings;
  /** Stores a change; every open page and tab follows it at once. */
  save: (patch: Partial<Settings>) => Promise<unknown>;
  /** More sections, before the privacy note (the reader's reports). */
  children?: ComponentChildren;
}

/** How long the "saved" confirmation stays. */
const SAVED_MS = 2000;

/** The options form: region, sites, language and the sections passed in; each change is saved as it is made, and confirmed. */
export function OptionsView({ settings, save, children }: Props) {
  const t = useT();
  const [savedAt, setSavedAt] = useState(0);
  /** The last save was the city's: it is confirmed beside the field, where the reader is typing. */
  const [savedCityLast, setSavedCityLast] = useState(false);
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
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <RegionFieldset region={settings.region} commit={commit} citySaved={!!savedAt && savedCityLast} />
      <SitesFieldset settings={settings} commit={commit} />
      <LanguageFieldset language={settings.language} commit={commit} />
      {children}
      <p class="hint">{t('optionsPrivacy')}</p>
      <p class="saved" role="status">
        {savedAt && !savedCityLast ? `✓ ${t('optionsSaved')}` : ''}
      </p>
    </main>
  );
}
