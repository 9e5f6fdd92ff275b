// User settings, kept in extension storage so every part of the extension sees one copy.
import { storedValue } from './stored-value';

export interface Region {
  province: string;
  city?: string;
}

export type Language = 'auto' | 'zh_CN' | 'en';

export interface Settings {
  /** Annotation everywhere; the default is on. */
  enabled: boolean;
  /** Hostnames where annotation is off. */
  disabledSites: string[];
  /** Hostnames where annotation is paused, each until a time (ms since the epoch; the end of the day it was paused). */
  pausedSites: Record<string, number>;
  region: Region | null;
  language: Language;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], pausedSites: {}, region: null, language: 'auto' };

const isHostname = (h: unknown): h is string => typeof h === 'string' && h.length > 0 && h.length < 256;

function coercePauses(v: unknown): Record<string, number> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => isHostname(e[0]) && typeof e[1] === 'number' && Number.isFinite(e[1])));
}

/** Repairs whatever storage holds into valid settings (storage may be edited or stale). */
export function coerceSettings(v: unknown): Settings {
  const s = (typeof v === 'object' && v !== null ? v : {}) as Partial<Record<keyof Settings, unknown>>;
  const region = s.region as Partial<Region> | null | undefined;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(s.disabledSites) ? [...new Set(s.disabledSites.filter(isHostname))] : [],
    pausedSites: coercePauses(s.pausedSites),
    region:
      region && typeof region.province === 'string' && region.province
        ? { province: region.province, ...(typeof region.city === 'string' && region.city ? { city: region.city } : {}) }
        : null,
    language: s.language === 'zh_CN' || s.language === 'en' ? s.language : 'auto',
  };
}

const stored = storedValue('settings', coerceSettings);

export const loadSettings = (): Promise<Settings> => stored.load();

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return stored.update((current) => {
    const next = coerceSettings({ ...current, ...patch });
    // Pauses that have run out are gone for good.
    next.pausedSites = activePauses(next, Date.now());
    return next;
  });
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export const onSettingsChanged = (listener: (s: Settings) => void): (() => void) => stored.onChanged(listener);

/** The pauses still running at `now`. */
export function activePauses(settings: Settings, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(settings.pausedSites).filter(([, until]) => until > now));
}

/** @return the time a pause of this hostname runs out, or null when it is not paused at `now` */
export function pausedUntil(settings: Settings, hostname: string, now = Date.now()): number | null {
  const until = Object.hasOwn(settings.pausedSites, hostname) ? settings.pausedSites[hostname]! : 0;
  return until > now ? until : null;
}

/** The end of the local day of `now` (the next local midnight), when a pause "for today" runs out. */
export function endOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** @return true when annotation should run on this hostname at `now`. */
export function isEnabledFor(settings: Settings, hostname: string, now = Date.now()): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname) && pausedUntil(settings, hostname, now) === null;
}
