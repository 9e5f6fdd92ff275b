// The interface language of the extension pages. Views read it from context, so a language
// change in the options re-renders every open page without threading a prop through each view.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Bilingual, Verdict } from '../engine';
import type { Language } from '../settings';
import { STRINGS, type StringKey } from './strings';

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
