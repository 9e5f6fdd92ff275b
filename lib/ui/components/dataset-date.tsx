import { dataset } from '../../engine/dataset';
import { useT } from '../helpers/i18n';

/** How current the verdicts are: the newest review date of the bundled dataset, fixed at build time. */
export function DatasetDate() {
  const t = useT();
  return (
    <p class="dataset-date">
      <time dateTime={dataset.reviewed}>{t('datasetReviewed', { date: dataset.reviewed })}</time>
    </p>
  );
}
