import type { Verdict } from '../../engine';
import { VERDICT_MARKS } from '../../verdict-palette';
import { useT, verdictKey } from '../helpers/i18n';

/** The verdict's mark (✓ ◐ ! ⊘): the same shape for the eye wherever the verdict appears. The
 * word beside it names the verdict for screen readers, so the mark is hidden from them. */
export function VerdictMark({ verdict }: { verdict: Verdict }) {
  return (
    <span class="verdict-mark" aria-hidden="true">
      {VERDICT_MARKS[verdict]}
    </span>
  );
}

/** The verdict as a mark and a word on its colour: the word carries the meaning, the mark and the colour repeat it. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return (
    <span class={`badge ${verdict}`}>
      <VerdictMark verdict={verdict} />
      {t(verdictKey(verdict))}
    </span>
  );
}
