// Interface strings. The browser's i18n (public/_locales) is the source; when the user picks a
// language other than the browser's, the same catalogues are read directly.
import browser from 'webextension-polyfill';
import zh from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Language } from '../settings';
import type { Bilingual, Verdict } from '../engine/types';

export type MessageKey = keyof typeof zh;
export type Lang = 'zh' | 'en';

const CATALOGUES: Record<Lang, Record<string, { message: string }>> = { zh, en };

/** The language to show: the setting, or for 'auto' the browser's interface language. */
export function resolveLang(setting: Language, uiLanguage?: string): Lang {
  if (setting === 'zh_CN') return 'zh';
  if (setting === 'en') return 'en';
  let ui = uiLanguage;
  if (ui === undefined) {
    try {
      ui = browser.i18n.getUILanguage();
    } catch {
      ui = 'zh-CN';
    }
  }
  return /^zh/i.test(ui) ? 'zh' : 'en';
}

export function t(lang: Lang, key: MessageKey): string {
  return CATALOGUES[lang][key]?.message ?? CATALOGUES.zh[key]?.message ?? key;
}

export const verdictKey = (v: Verdict): MessageKey => `verdict_${v.replace('-', '_')}` as MessageKey;

export const pick = (lang: Lang, text: Bilingual): string => text[lang];
