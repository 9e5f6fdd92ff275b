import type { Source } from '../engine';

/** Sources as title + 文号, linked only where the dataset knows an address. */
export function SourceList({ sources, label }: { sources: Source[]; label: string }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources" aria-label={label}>
      {sources.map((s) => {
        const name = `《${s.title}》${s.docNumber ? ` ${s.docNumber}` : ''}`;
        return (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {name}
              </a>
            ) : (
              name
            )}
          </li>
        );
      })}
    </ul>
  );
}
