import type { Claim } from '../../engine';
import { claimReviewJson, claimReviews, isoDate } from '../../claimreview';
import { safeHostname } from '../helpers/hostname';
import { downloadText } from '../helpers/download';
import { useLang, useT } from '../helpers/i18n';

interface Props {
  /** The page's claims: one review each. */
  claims: Claim[];
  /** The address of the page they were found on. */
  pageUrl: string;
  /** Saves the file; the browser's download unless a test passes its own. */
  save?: (filename: string, text: string) => void;
}

/** A file name that says what the file is, where from and when: yibao-check-news.example.cn-2026-11-25.jsonld */
export function exportFileName(pageUrl: string, date: string): string {
  const host = safeHostname(pageUrl).replace(/[^a-z0-9.-]/gi, '_');
  return `yibao-check-${host ? `${host}-` : ''}${date}.jsonld`;
}

/** Downloads the page's verdicts as schema.org ClaimReview JSON-LD. */
export function ExportButton({ claims, pageUrl, save = (name, text) => downloadText(name, text, 'application/ld+json') }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <button
      type="button"
      data-action="export-claimreview"
      onClick={() => {
        const date = isoDate();
        save(exportFileName(pageUrl, date), claimReviewJson(claimReviews(claims, { url: pageUrl, datePublished: date, lang })));
      }}
    >
      {t('panelExport')}
    </button>
  );
}
