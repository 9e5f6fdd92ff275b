// User settings, kept in extension storage so every part of the extension sees one copy.
import browser from 'webextension-polyfill';

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
  region: Region | null;
  language: Language;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], region: null, language: 'auto' };

const KEY = 'settings';

/** Repairs whatever storage holds into valid settings (storage may be edited or stale). */
export function coerceSettings(v: unknown): Settings {
  const s = (typeof v === 'object' && v !== null ? v : {}) as Partial<Record<keyof Settings, unknown>>;
  const region = s.region as Partial<Region> | null | undefined;
  return {
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(s.disabledSites)
      ? [...new Set(s.disabledSites.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length < 256))]
      : [],
    region:
      region && typeof region.province === 'string' && region.province
        ? { province: region.province, ...(typeof region.city === 'string' && region.city ? { city: region.city } : {}) }
        : null,
    language: s.language === 'zh_CN' || s.language === 'en' ? s.language : 'auto',
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return coerceSettings(got[KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = coerceSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && KEY in changes) listener(coerceSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** @return true when annotation should run on this hostname. */
export function isEnabledFor(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname);
}
