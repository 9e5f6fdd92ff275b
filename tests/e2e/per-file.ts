// One browser for all the tests of an end-to-end file: launched before the first, closed after
// the last. The Chromium and Firefox harnesses (harness.ts, firefox-harness.ts) stay free of
// Vitest, so the browser benchmark (bench-browser.ts) can launch them as a plain script.
import { afterAll, beforeAll } from 'vitest';
import { launch, type Harness } from './harness';
import { launchFirefox, type FirefoxHarness } from './firefox-harness';

/**
 * @param start launches the browser
 * @param setUp runs once it is launched (it is closed after the tests even if this fails)
 * @return the harness, filled in when the launch is done: read it in hooks and tests only
 */
function perFile<H extends { close(): Promise<void> }>(start: () => Promise<H>, setUp?: (h: H) => Promise<void>): H {
  const h = {} as H;
  beforeAll(async () => {
    Object.assign(h, await start());
    await setUp?.(h);
  });
  afterAll(async () => {
    await h.close?.();
  });
  return h;
}

/** Chromium with the built extension, for this file's tests; `settings` stored before them when given (CHINESE_SETTINGS). */
export const chromiumPerFile = (settings?: object): Harness => perFile(launch, settings ? (h) => h.setSettings(settings) : undefined);

/** Firefox ESR with the built Firefox extension, for this file's tests. */
export const firefoxPerFile = (): FirefoxHarness => perFile(launchFirefox);
