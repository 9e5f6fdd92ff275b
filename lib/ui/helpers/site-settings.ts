import { activePauses, endOfDay, type Settings } from '../../settings';

/**
 * The settings patch that turns annotation on or off for one site, leaving the rest alone. Either
 * way a pause of the site ends: the switch says what the reader wants now.
 */
export function siteSwitchPatch(settings: Settings, hostname: string, on: boolean, now = Date.now()): Pick<Settings, 'disabledSites' | 'pausedSites'> {
  const others = settings.disabledSites.filter((h) => h !== hostname);
  return { disabledSites: on ? others : [...others, hostname], ...resumePatch(settings, hostname, now) };
}

/** The settings patch that pauses annotation on one site until the end of the local day. */
export function pausePatch(settings: Settings, hostname: string, now = Date.now()): Pick<Settings, 'pausedSites'> {
  return { pausedSites: { ...activePauses(settings, now), [hostname]: endOfDay(now) } };
}

/** The settings patch that ends the pause of one site. */
export function resumePatch(settings: Settings, hostname: string, now = Date.now()): Pick<Settings, 'pausedSites'> {
  const pausedSites = activePauses(settings, now);
  delete pausedSites[hostname];
  return { pausedSites };
}
