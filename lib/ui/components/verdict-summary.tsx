import { VERDICTS, type Claim, type Verdict } from '../../engine';
import { useT, verdictKey } from '../helpers/i18n';
import { VerdictMark } from './verdict-badge';
import { countVerdicts } from '../../claims-report';

interface Props {
  claims: readonly Pick<Claim, 'verdict'>[];
  /** The verdict shown alone, or null for all. */
  filter?: Verdict | null;
  /** Makes each count a toggle that filters the list; without it the summary is plain text. */
  onFilter?: (v: Verdict | null) => void;
}

/** Counts per verdict, worst last as in the rubric's order. */
export function VerdictSummary({ claims, filter = null, onFilter }: Props) {
  const t = useT();
  const counts = countVerdicts(claims);
  if (!onFilter) {
    return (
      <ul class="summary">
        {VERDICTS.map((v) => (
          <li key={v}>
            <span class={`badge ${v}${counts[v] === 0 ? ' zero' : ''}`}>
              <VerdictMark verdict={v} />
              {t(verdictKey(v))}
              <span class="count">{counts[v]}</span>
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div class="summary" role="group" aria-label={t('panelFilter')}>
      <button type="button" class="chip" aria-pressed={filter === null} onClick={() => onFilter(null)}>
        {t('panelAll')}
        <span class="count">{claims.length}</span>
      </button>
      {VERDICTS.map((v) => (
        <button
          key={v}
          type="button"
          class={`badge ${v}${counts[v] === 0 ? ' zero' : ''}`}
          aria-pressed={filter === v}
          onClick={() => onFilter(filter === v ? null : v)}
        >
          <VerdictMark verdict={v} />
          {t(verdictKey(v))}
          <span class="count">{counts[v]}</span>
        </button>
      ))}
    </div>
  );
}
