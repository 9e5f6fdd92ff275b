import { VERDICTS, type Claim, type Verdict } from '../engine';
import { t, verdictKey, type Lang } from '../i18n';

export function countVerdicts(claims: Pick<Claim, 'verdict'>[]): Record<Verdict, number> {
  const counts = { accurate: 0, 'region-dependent': 0, misleading: 0, illegal: 0 } as Record<Verdict, number>;
  for (const c of claims) counts[c.verdict]++;
  return counts;
}

interface Props {
  claims: Pick<Claim, 'verdict'>[];
  lang: Lang;
  /** The verdict shown alone, or null for all; omit `onFilter` for a plain summary. */
  filter?: Verdict | null;
  onFilter?: (v: Verdict | null) => void;
}

/** Counts per verdict; with onFilter, each count is a toggle that filters the list. */
export function VerdictSummary({ claims, lang, filter = null, onFilter }: Props) {
  const counts = countVerdicts(claims);
  return (
    <ul class="summary" aria-label={t(lang, 'panelFilter')}>
      {onFilter && (
        <li>
          <button type="button" aria-pressed={filter === null} onClick={() => onFilter(null)}>
            {t(lang, 'panelAll')}
            <span class="count">{claims.length}</span>
          </button>
        </li>
      )}
      {VERDICTS.map((v) =>
        onFilter ? (
          <li key={v}>
            <button type="button" class={`badge ${v}`} aria-pressed={filter === v} onClick={() => onFilter(filter === v ? null : v)}>
              {t(lang, verdictKey(v))}
              <span class="count">{counts[v]}</span>
            </button>
          </li>
        ) : (
          <li key={v}>
            <span class={`badge ${v}`}>
              {t(lang, verdictKey(v))}
              <span class="count">{counts[v]}</span>
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
