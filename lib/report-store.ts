// Readers' reports of a wrong verdict, kept in extension storage until the reader exports them
// from the options page and sends them to the maintainers by hand: nothing is sent on its own.
// Only the background adds reports (one writer, so none is lost).
import browser from 'webextension-polyfill';
import { MAX_REPORTS, coerceReport, coerceReports, type VerdictReport } from './verdict-report';

const KEY = 'verdictReports';

export async function loadReports(): Promise<VerdictReport[]> {
  const got = await browser.storage.local.get(KEY);
  return coerceReports(got[KEY]);
}

let writing: Promise<unknown> = Promise.resolve();

/** Stores a report (repaired like anything read back); @return the stored one, or null if it was not one */
export function addReport(report: Omit<VerdictReport, 'at'> & { at?: string }): Promise<VerdictReport | null> {
  const clean = coerceReport({ at: new Date().toISOString(), ...report });
  if (!clean) return Promise.resolve(null);
  const next = writing.then(async () => {
    await browser.storage.local.set({ [KEY]: [...(await loadReports()), clean].slice(-MAX_REPORTS) });
    return clean;
  });
  writing = next.catch(() => {});
  return next;
}

export function clearReports(): Promise<void> {
  const next = writing.then(() => browser.storage.local.set({ [KEY]: [] }));
  writing = next.catch(() => {});
  return next;
}

/** Calls `listener` with all reports whenever they change; returns the unsubscribe function. */
export function onReportsChanged(listener: (reports: VerdictReport[]) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && KEY in changes) listener(coerceReports(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

