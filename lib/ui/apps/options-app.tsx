import { saveSettings } from '../../settings';
import { clearReports } from '../../report-store';
import { ReportList } from '../components/report-list';
import { useReports } from '../hooks/use-reports';
import { LangContext, resolveLang } from '../helpers/i18n';
import { OptionsView } from './options-view';
import { useSettings } from '../hooks/use-settings';
import { useDocumentLang } from '../hooks/use-document-lang';

/** The options page: the stored settings, edited in place, and the reader's wrong-verdict reports. */
export function OptionsApp() {
  const settings = useSettings();
  const reports = useReports();
  const lang = resolveLang(settings?.language ?? 'auto');
  useDocumentLang(lang, 'optionsTitle');
  if (!settings) return null;
  return (
    <LangContext.Provider value={lang}>
      <OptionsView settings={settings} save={saveSettings}>
        {reports && <ReportList reports={reports} onClear={() => void clearReports()} />}
      </OptionsView>
    </LangContext.Provider>
  );
}
