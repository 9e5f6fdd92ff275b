import { useMemo, useState } from 'preact/hooks';
import type { Answer } from '../../engine';
import type { Region } from '../../settings';
import { useT } from '../helpers/i18n';
// The engine reads at most this much of a query (the popup bundles the engine already).
import { MAX_QUERY_LENGTH } from '../../engine/lookup';
import { LookupResults } from './lookup-results';
import { useDebounced } from '../hooks/use-debounced';

/** Wait this long after the last keystroke before looking up: one lookup per pause, not per key. */
export const LOOKUP_DEBOUNCE_MS = 150;

interface Props {
  /** Judges a query against the dataset; the popup passes the engine's answer. */
  lookup: (query: string) => Answer;
  autoFocus?: boolean;
  /** The reader's region, for what is known locally of a region-dependent rule (null: not set). */
  region?: Region | null;
}

/** A search box that judges what is typed or pasted into it. */
export function LookupBox({ lookup, autoFocus = false, region }: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query.trim(), LOOKUP_DEBOUNCE_MS);
  // Clearing the box clears the results at once; typing waits for the pause.
  const active = query.trim() === '' ? '' : settled;
  const results = useMemo(() => (active ? lookup(active) : null), [active, lookup]);
  return (
    <section class="search">
      <label for="lookup">
        {t('popupSearchLabel')}
      </label>
      <input
        id="lookup"
        type="search"
        autoFocus={autoFocus}
        autoComplete="off"
        spellcheck={false}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={t('popupSearchPlaceholder')}
        aria-describedby="lookup-hint"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p id="lookup-hint" class="hint">
        {t('popupSearchHint')}
      </p>
      <div aria-live="polite">{results && <LookupResults answer={results} region={region} />}</div>
    </section>
  );
}
