// npm run bench:browser — a benchmark, not a test. In Debian's Chromium, with and without the
// extension: the page's longest main-thread task after load (Long Tasks API), the time from
// DOMContentLoaded to the first highlight, and the page's JS heap, on a 10,000-character article,
// a 1 MB page of mostly off-topic Chinese text and a 1 MB page of claim-dense text (the project's
// labelled pages repeated). Medians of several runs.
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { article, mixed, readCorpus } from '../../lib/cli/bench-inputs';
import { EXTENSION, ROOT, launch, launchPlain } from './harness';
import { DENSE_PAGE, GENERATED, denseHtml, pageHtml as html } from './dense-page';

const RUNS = 5;

// Registered before any page script: long tasks, and the first moment a claim highlight exists.
const PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  window.__firstHighlight = null;
  const poll = setInterval(() => {
    for (const [name] of CSS.highlights) if (name.startsWith('claim-')) { window.__firstHighlight = performance.now(); clearInterval(poll); return; }
  }, 1);
  setTimeout(() => clearInterval(poll), 15000);
`;

interface Run {
  longest: number;
  firstHighlight: number | null;
  heapMB: number;
}

async function measure(context: BrowserContext, url: string, settle: number): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settle);
  const r = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __firstHighlight: number | null };
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    return {
      longest: Math.max(0, ...w.__longTasks.filter((t) => t.start >= load).map((t) => t.duration)),
      firstHighlight: w.__firstHighlight === null ? null : w.__firstHighlight - dcl,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await page.close();
  return { ...r, heapMB: heap / 1024 / 1024 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number | null, unit: string, digits = 0): string => (x === null ? '—' : `${x.toFixed(digits)} ${unit}`);

async function series(context: BrowserContext, url: string, settle: number): Promise<{ longest: number; first: number | null; heap: number }> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(context, url, settle));
  const firsts = runs.map((r) => r.firstHighlight).filter((x): x is number => x !== null);
  return { longest: median(runs.map((r) => r.longest)), first: firsts.length ? median(firsts) : null, heap: median(runs.map((r) => r.heapMB)) };
}

async function main(): Promise<void> {
  const corpus = readCorpus(join(ROOT, 'tests', 'corpus'));
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(join(GENERATED, 'article-10k.html'), html('10k', article(corpus, 10_000)));
  writeFileSync(join(GENERATED, 'page-1mb.html'), html('1MB', mixed(corpus, 1_000_000)));
  writeFileSync(join(GENERATED, DENSE_PAGE), denseHtml(corpus));

  const withExt = await launch();
  const plain = await launchPlain();
  for (const c of [withExt.context, plain.context]) await c.addInitScript({ content: PROBE });
  const rows: string[][] = [];
  for (const [name, file, settle] of [
    ['10k article', 'article-10k.html', 1500],
    ['1 MB page', 'page-1mb.html', 4000],
    ['1 MB claim-dense', DENSE_PAGE, 10_000],
  ] as const) {
    // `tsx tests/e2e/bench-browser.ts dense` measures only the pages whose name has that word.
    if (process.argv[2] && !name.includes(process.argv[2])) continue;
    const a = await series(withExt.context, `${withExt.base}/generated/${file}`, settle);
    const b = await series(plain.context, `${plain.base}/generated/${file}`, settle);
    rows.push([name, fmt(a.longest, 'ms'), fmt(b.longest, 'ms'), fmt(a.first, 'ms'), fmt(a.heap, 'MB', 1), fmt(b.heap, 'MB', 1), fmt(a.heap - b.heap, 'MB', 1)]);
  }
  await withExt.close();
  await plain.close();

  const head = ['page', 'longest task', 'without ext.', 'first highlight', 'JS heap', 'without ext.', 'extension'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`medians of ${RUNS} runs in ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}; first highlight is counted from DOMContentLoaded`);
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  const content = join(EXTENSION, 'content-scripts', 'content.js');
  console.log(`content script: ${(statSync(content).size / 1024).toFixed(0)} kB (engine, prebuilt dataset index and character table included)`);
  console.log('targets: no task over 50 ms on the 1 MB page; first highlight within 100 ms on the article');
}

main().catch((e) => {
  console.error(`bench:browser: ${(e as Error).message}`);
  process.exit(1);
});
