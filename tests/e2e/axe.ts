// axe-core's accessibility check of a page in Chromium, open shadow roots included.
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** @return axe-core's violations as "rule: target" strings; only within the elements matching `include` when given */
export async function axe(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the debugging protocol: the extension pages' CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async (inc) => {
    const w = window as unknown as { axe: { run(c?: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
    const r = await w.axe.run(inc ? { include: [[inc]] } : undefined);
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, include);
}
