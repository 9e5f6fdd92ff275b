import { useEffect, useState } from 'preact/hooks';
import type { LookupResult } from '../engine';
import { t, type Lang } from '../i18n';
import { LookupResults } from './lookup-results';

/** Wait this long after the last keystroke before looking up. */
export const LOOKUP_DEBOUNCE_MS = 150;

interface Props {
  lang: Lang;
  lookup: (query: string) => LookupResult[];
}

/** A search box that judges what is typed or pasted into it. */
export function LookupBox({ lang, lookup }: Props) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<LookupResult[] | null>(null);
  useEffect(() => {
    if (!query.trim()) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => setResults(lookup(query)), LOOKUP_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  return (
    <section class="search">
      <label for="lookup">{t(lang, 'popupSearchLabel')}</label>
      <input
        id="lookup"
        type="search"
        autoFocus
        maxLength={2000}
        placeholder={t(lang, 'popupSearchPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <div aria-live="polite">{results && <LookupResults results={results} lang={lang} />}</div>
    </section>
  );
}
