import { useState } from 'preact/hooks';
import { reportsJson, reportsText, suggestionName, type VerdictReport } from '../../verdict-report';
import { copyText } from '../../copy-text';
import { downloadText } from '../helpers/download';
import { formatMoment } from '../helpers/format-time';
import { useLang, useT } from '../helpers/i18n';

interface Props {
  /** The stored reports, oldest first. */
  reports: readonly VerdictReport[];
  onClear: () => void;
  /** Saves the export file; the browser's download unless a test passes its own. */
  save?: (filename: string, text: string) => void;
  /** Puts text on the clipboard; @return whether it did */
  copy?: (text: string) => Promise<boolean>;
}

/** yibao-check-reports-2026-11-25.json, in local time. */
export function reportsFileName(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `yibao-check-reports-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * The reader's wrong-verdict reports: listed, exported as a JSON file or copied as text to send
 * to the maintainers by hand, and cleared. Nothing is sent from here.
 */
export function ReportList({
  reports,
  onClear,
  save = (name, text) => downloadText(name, text, 'application/json'),
  copy = (text) => copyText(text, document),
}: Props) {
  const t = useT();
  const lang = useLang();
  const [copied, setCopied] = useState<boolean | null>(null);
  const [confirming, setConfirming] = useState(false);
  const text = reportsText(reports, lang);
  return (
    <fieldset class="reports">
      <legend>{t('optionsReports')}</legend>
      <p class="hint">{t('optionsReportsHelp')}</p>
      {reports.length === 0 ? (
        <p class="hint">{t('optionsNoReports')}</p>
      ) : (
        <>
          <ol class="report-list" aria-label={t('optionsReports')}>
            {[...reports].reverse().map((r, i) => (
              <li key={`${r.at}:${i}`} class="report" data-verdict={r.verdict}>
                <blockquote lang="zh">{r.quote}</blockquote>
                <p>
                  {t('reportOurs')}：{suggestionName(lang, r.verdict)} → {t('reportSuggested')}：<strong>{suggestionName(lang, r.suggested)}</strong>
                </p>
                {r.comment && (
                  <p>
                    {t('reportComment')}：{r.comment}
                  </p>
                )}
                <p class="hint">
                  <time dateTime={r.at}>{formatMoment(lang, Date.parse(r.at))}</time> · <span class="report-url">{r.url}</span>
                </p>
              </li>
            ))}
          </ol>
          <div class="report-tools">
            <button type="button" class="primary" data-action="export-reports" onClick={() => save(reportsFileName(), reportsJson(reports))}>
              {t('optionsExportJson')}
            </button>
            <button type="button" data-action="copy-reports" onClick={() => void copy(text).then(setCopied)}>
              {t('optionsCopyText')}
            </button>
            <button
              type="button"
              data-action="clear-reports"
              onClick={() => {
                if (!confirming) return setConfirming(true);
                setConfirming(false);
                onClear();
              }}
              onBlur={() => setConfirming(false)}
            >
              {t(confirming ? 'optionsClearConfirm' : 'optionsClearReports')}
            </button>
            <span class="share-status" role="status">
              {copied === true ? `✓ ${t('optionsCopied')}` : copied === false ? t('optionsCopyFailed') : ''}
            </span>
          </div>
          {copied === false && <textarea class="report-text" readOnly rows={8} aria-label={t('optionsCopyText')} value={text} />}
        </>
      )}
    </fieldset>
  );
}
