import { useEffect, useRef, useState } from 'preact/hooks';
import type { Claim } from '../../engine';
import { MAX_COMMENT, SUGGESTIONS, suggestionName, type SuggestedVerdict } from '../../verdict-report';
import { useLang, useT } from '../helpers/i18n';

interface Props {
  claim: Claim;
  /** Makes the form's ids unique in the list. */
  index: number;
  onSubmit: (suggested: SuggestedVerdict, comment: string) => void;
  onCancel: () => void;
}

/** Which verdict the reader believes right (or that it is no claim), and why: stored on this device only. */
export function ReportForm({ claim, index, onSubmit, onCancel }: Props) {
  const t = useT();
  const lang = useLang();
  const [suggested, setSuggested] = useState<SuggestedVerdict | ''>('');
  const [comment, setComment] = useState('');
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);
  const id = `report-${index}`;
  return (
    <form
      class="report-form"
      aria-label={t('feedbackForm')}
      onSubmit={(e) => {
        e.preventDefault();
        if (suggested) onSubmit(suggested, comment.trim());
        else select.current?.focus();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label for={`${id}-verdict`}>{t('feedbackSuggested')}</label>
      <select id={`${id}-verdict`} ref={select} required value={suggested} onChange={(e) => setSuggested(e.currentTarget.value as SuggestedVerdict | '')}>
        <option value="">{t('feedbackChoose')}</option>
        {SUGGESTIONS.filter((s) => s !== claim.verdict).map((s) => (
          <option key={s} value={s}>
            {suggestionName(lang, s)}
          </option>
        ))}
      </select>
      <label for={`${id}-comment`}>{t('feedbackComment')}</label>
      <textarea id={`${id}-comment`} rows={3} maxLength={MAX_COMMENT} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      <p class="hint">{t('feedbackLocal')}</p>
      <div class="row">
        <button type="button" onClick={onCancel}>
          {t('feedbackCancel')}
        </button>
        <button type="submit" class="primary" data-action="send-report">
          {t('feedbackSubmit')}
        </button>
      </div>
    </form>
  );
}
