// Launches Debian's Chromium with the built extension, and serves the test pages on loopback.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

/** This file's folder (works under Vitest and as an ES module script). */
const HERE = fileURLToPath(new URL('.', import.meta.url));

export const ROOT = join(HERE, '..', '..');
export const EXTENSION = join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = join(HERE, 'pages');
/**
 * Pages the tests generate (long and claim-dense pages built from tests/corpus), served under
 * /generated/. They live outside tests/: they are build output, and tests/ holds only the
 * project's own pages.
 */
export const GENERATED = join(ROOT, 'node_modules', '.cache', 'yibao-check', 'pages');
const PORT = 47615;

/** The settings most tests start from: annotation on everywhere, no region, the interface in Chinese. */
export const CHINESE_SETTINGS = { enabled: true, disabledSites: [], region: null, language: 'zh_CN' } as const;

export interface Harness {
  context: BrowserContext;
  /** The extension's service worker, from which tests call the extension API (`chrome.*`). */
  worker: Worker;
  extensionId: string;
  /** Root of the test pages, http://127.0.0.1:PORT */
  base: string;
  /** Opens an extension page (`popup.html?tabId=N`, `options.html`…) in a new tab, `width` × 900 px when a width is given. */
  extensionPage(path: string, width?: number): Promise<Page>;
  /** The extension API's tab id of a page (it is brought to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** Replaces the stored settings. */
  setSettings(settings: object): Promise<void>;
  close(): Promise<void>;
}

// The extension API inside the service worker, where the harness's callbacks run.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]> };
  storage: { local: { set(v: object): Promise<void> } };
};

/** Serves tests/e2e/pages on 127.0.0.1 at a free port. */
export async function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    try {
      const generated = path.replace(/\\/g, '/').match(/^\/?generated\/(.+)$/);
      const body = await readFile(generated ? join(GENERATED, generated[1]!) : join(PAGES, path));
      res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  // A fixed port keeps the page URL, shown in the side panel, the same in every screenshot.
  await new Promise<void>((resolve) => {
    server.once('error', () => server.listen(0, '127.0.0.1', resolve));
    server.listen(PORT, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, base: `http://127.0.0.1:${address.port}` };
}

const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

function open(extra: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'yibao-e2e-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    locale: 'zh-CN',
    args: [...ARGS, ...extra],
  });
}

/** The same Chromium without the extension, for baselines; serves the same pages. */
export async function launchPlain(): Promise<{ context: BrowserContext; base: string; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run bash .ci/setup.sh`);
  const { server, base } = await serve();
  const context = await open([]);
  return {
    context,
    base,
    close: async () => {
      await context.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** Chromium with the built extension loaded. */
export async function launch(): Promise<Harness> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no build at ${EXTENSION}: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run bash .ci/setup.sh`);
  const { server, base } = await serve();
  const context = await open([`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    base,
    extensionPage: async (path, width) => {
      const page = await context.newPage();
      if (width !== undefined) await page.setViewportSize({ width, height: 900 });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    tabIdOf: async (page) => {
      await page.bringToFront();
      return worker.evaluate(async (url) => {
        const tabs = await chrome.tabs.query({});
        // Without the tabs permission URLs are hidden: the active tab is the page just brought to front.
        return tabs.find((t) => t.active && (t.url === undefined || t.url === url))!.id!;
      }, page.url());
    },
    setSettings: (settings) => worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings),
    close: async () => {
      await context.close();
      await new Promise((r) => server.close(r));
    },
  };
}
