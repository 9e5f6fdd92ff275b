import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../helpers/i18n';

interface Props {
  /** The page's dismissed claims (their words), in the order dismissed. */
  texts: readonly string[];
  onUndo: (text: string) => void;
  /** The claim just dismissed here: its undo button takes the keyboard focus the item had. */
  focus?: string | null;
}

/** The claims the reader dismissed on this page, each with an undo. */
export function DismissedList({ texts, onUndo, focus = null }: Props) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focus === null) return;
    const i = texts.indexOf(focus);
    if (i >= 0) list.current?.querySelectorAll<HTMLButtonElement>('button')[i]?.focus();
  }, [focus, texts.length]);
  if (texts.length === 0) return null;
  return (
    <section class="dismissed" aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">{t('panelDismissed', { n: texts.length })}</h2>
      <ul ref={list}>
        {texts.map((text) => (
          <li key={text}>
            <span class="quote" lang="zh">
              {text}
            </span>
            <button type="button" data-action="undo" aria-label={`${t('feedbackUndo')} ${text}`} onClick={() => onUndo(text)}>
              {t('feedbackUndo')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
