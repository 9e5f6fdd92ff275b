import { saveSettings } from '../../settings';
import { clearReports } from '../../report-store';
import { ReportList } from '../components/report-list';
import { useReports } from '../hooks/use-reports';
import { LangContext } from '../helpers/i18n';
import { OptionsView } from './options-view';
import { usePageSettings } from '../hooks/use-page-settings';

/** The options page: the stored settings, edited in place, and the reader's wrong-verdict reports. */
export function OptionsApp() {
  const { settings, lang } = usePageSettings('optionsTitle');
  const reports = useReports();
  if (!settings) return null;
  return (
    <LangContext.Provider value={lang}>
      <OptionsView settings={settings} save={saveSettings}>
        {reports && <ReportList reports={reports} onClear={() => void clearReports()} />}
      </OptionsView>
    </LangContext.Provider>
  );
}
