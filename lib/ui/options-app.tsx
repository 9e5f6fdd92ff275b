import { saveSettings } from '../settings';
import { LangContext, resolveLang } from './i18n';
import { OptionsView } from './options-view';
import { useSettings } from './hooks/use-settings';
import { useDocumentLang } from './hooks/use-document-lang';

/** The options page: the stored settings, edited in place. */
export function OptionsApp() {
  const settings = useSettings();
  const lang = resolveLang(settings?.language ?? 'auto');
  useDocumentLang(lang, 'optionsTitle');
  if (!settings) return null;
  return (
    <LangContext.Provider value={lang}>
      <OptionsView settings={settings} save={saveSettings} />
    </LangContext.Provider>
  );
}
