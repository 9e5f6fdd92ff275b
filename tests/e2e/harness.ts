// Launches Debian's Chromium with the built extension, and serves the test pages on loopback.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
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
const PORT = 47615;

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  base: string;
  close(): Promise<void>;
}

/** Serves tests/e2e/pages on 127.0.0.1 at a free port. */
export async function serve(): Promise<{ server: Server; base: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(PAGES, path));
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
    close: async () => {
      await context.close();
      await new Promise((r) => server.close(r));
    },
  };
}
