import type { Source } from '../../engine';
import { useT } from '../helpers/i18n';

/** Sources as 《title》 + 文号, linked only where the dataset knows an address. */
export function SourceList({ sources }: { sources: Source[] }) {
  const t = useT();
  if (sources.length === 0) return null;
  return (
    <div class="sources">
      <span class="label">{t('panelSources')}</span>
      <ul>
        {sources.map((s) => {
          const name = (
            <span lang="zh">
              《{s.title}》{s.docNumber && <span class="doc-number">{s.docNumber}</span>}
            </span>
          );
          return (
            <li key={s.id}>
              {s.url && /^https?:\/\//i.test(s.url) ? (
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
    </div>
  );
}
