// The interface language of the extension pages. Views read it from context, so a language
// change in the options re-renders every open page without threading a prop through each view.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Bilingual } from '../../engine';
import { translate, type Lang, type StringKey } from '../../i18n';

export { resolveLang, translate, verdictKey, htmlLang, type Lang, type StringKey } from '../../i18n';

export const LangContext = createContext<Lang>('zh');

export function useLang(): Lang {
  return useContext(LangContext);
}

export type T = (key: StringKey, vars?: Record<string, string | number>) => string;

/** `t(key)` in the current language. */
export function useT(): T {
  const lang = useLang();
  return (key, vars) => translate(lang, key, vars);
}

/** The current language's half of a bilingual dataset text. */
export function usePick(): (text: Bilingual) => string {
  const lang = useLang();
  return (text) => text[lang] || text.zh;
}
