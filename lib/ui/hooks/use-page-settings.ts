import type { StringKey } from '../../i18n';
import type { Settings } from '../../settings';
import { resolveLang, type Lang } from '../helpers/i18n';
import { useSettings } from './use-settings';
import { useDocumentLang } from './use-document-lang';

/**
 * What every extension page starts from: the settings and the interface language they choose,
 * kept on the document (<html lang> and the window title `title`).
 * @return settings null until storage has answered
 */
export function usePageSettings(title: StringKey): { settings: Settings | null; lang: Lang } {
  const settings = useSettings();
  const lang = resolveLang(settings?.language ?? 'auto');
  useDocumentLang(lang, title);
  return { settings, lang };
}
