// Interface language and strings, shared by the extension pages, the in-page card and the background.
import browser from 'webextension-polyfill';
import type { Verdict } from '../engine/types';
import type { Language } from '../settings';
import { STRINGS, type StringKey } from './strings';

export { STRINGS, type StringKey } from './strings';

export type Lang = 'zh' | 'en';

/**
 * The language to show: the setting, or for 'auto' the browser's interface language.
 * @param uiLanguage the browser's language; read from browser.i18n when omitted
 */
export function resolveLang(setting: Language, uiLanguage?: string): Lang {
  if (setting === 'zh_CN') return 'zh';
  if (setting === 'en') return 'en';
  let ui = uiLanguage;
  if (ui === undefined) {
    try {
      ui = browser.i18n.getUILanguage();
    } catch {
      // No extension API (a page opened outside the extension): Chinese is the default.
      ui = 'zh-CN';
    }
  }
  return /^zh/i.test(ui) ? 'zh' : 'en';
}

/** The string for `key`, with `{name}` placeholders filled from `vars`. */
export function translate(lang: Lang, key: StringKey, vars?: Record<string, string | number>): string {
  const text = STRINGS[key][lang];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

export const verdictKey = (v: Verdict): StringKey => `verdict_${v.replace('-', '_')}` as StringKey;

/** The value for `<html lang>`. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');
