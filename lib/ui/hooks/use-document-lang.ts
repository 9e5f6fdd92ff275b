import { useEffect } from 'preact/hooks';
import { htmlLang, translate, type Lang } from '../helpers/i18n';
import type { StringKey } from '../../i18n';

/** Keeps <html lang> and the window title in the interface language, for screen readers and tabs. */
export function useDocumentLang(lang: Lang, title: StringKey): void {
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = translate(lang, title);
  }, [lang, title]);
}
