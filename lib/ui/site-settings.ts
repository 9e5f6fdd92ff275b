import type { Settings } from '../settings';

/** The settings patch that turns annotation on or off for one site, leaving the rest alone. */
export function siteSwitchPatch(settings: Settings, hostname: string, on: boolean): Pick<Settings, 'disabledSites'> {
  const others = settings.disabledSites.filter((h) => h !== hostname);
  return { disabledSites: on ? others : [...others, hostname] };
}
