import type { Lang } from './i18n';

/** A moment as month, day and time in the interface language: 11月26日 00:00, Nov 26, 00:00. */
export function formatMoment(lang: Lang, ms: number): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms);
}
