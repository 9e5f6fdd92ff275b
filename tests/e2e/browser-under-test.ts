// What the shared end-to-end scenarios (tests/e2e/scenarios/) ask of a browser, so one scenario
// runs in Chromium (Playwright, harness.ts) and Firefox ESR (Puppeteer, firefox-harness.ts) alike.

/** An open tab: a web page or one of the extension's pages. */
export interface TestPage<Raw = unknown> {
  /** The driver's own page, for checks one browser alone makes. */
  raw: Raw;
  /** Runs `fn(arg)` in the page's main world (the function is sent as source). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Resolves once `fn(arg)` is truthy in the page; polls on a timer, since a background tab may hold back animation frames. */
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  /** Clicks the first element matching `selector`, once there. */
  click(selector: string): Promise<void>;
  /** Clicks the first button whose text contains `text`. */
  clickButton(text: string): Promise<void>;
  /** Moves the pointer onto the first `selector` whose text contains `text`, 20 px in from its left. */
  pointAt(selector: string, text: string): Promise<void>;
  /** Types `text` into the first `selector`, once there. */
  fill(selector: string, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserUnderTest<Raw = unknown> {
  /** Root of the test pages, http://127.0.0.1:PORT */
  base: string;
  /** Opens a test page (`/claims.html`…) in a new tab. */
  openPage(path: string): Promise<TestPage<Raw>>;
  /** Opens an extension page (`popup.html?tabId=N`…) in a new tab, at `size` where the browser lets the test say. */
  extensionPage(path: string, size?: { width: number; height: number }): Promise<TestPage<Raw>>;
  /** The extension API's id of a page's tab (it is brought to the front). */
  tabIdOf(page: TestPage<Raw>): Promise<number>;
  /** The toolbar button's badge text on a tab. */
  badge(tabId: number): Promise<string>;
  /** Replaces the stored settings. */
  setSettings(settings: object): Promise<void>;
  /** Saves a picture of the page under tests/e2e/screenshots, where this browser keeps them. */
  screenshot?(page: TestPage<Raw>, name: string): Promise<void>;
}

/** Where `pointAt` puts the pointer on an element's box: 20 px in from its left, halfway down. */
export const pointOn = (box: { x: number; y: number; height: number }): [number, number] => [box.x + 20, box.y + box.height / 2];

/** Resolves once `check` returns true; polls, and throws after `timeout` ms. */
export async function until(check: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
