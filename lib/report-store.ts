// Readers' reports of a wrong verdict, kept in extension storage until the reader exports them
// from the options page and sends them to the maintainers by hand: nothing is sent on its own.
// Only the background adds reports (one writer, so none is lost).
import { storedValue } from './stored-value';
import { MAX_REPORTS, coerceReport, coerceReports, type VerdictReport } from './verdict-report';

const stored = storedValue('verdictReports', coerceReports);

export const loadReports = (): Promise<VerdictReport[]> => stored.load();

/** Stores a report (repaired like anything read back); @return the stored one, or null if it was not one */
export function addReport(report: Omit<VerdictReport, 'at'> & { at?: string }): Promise<VerdictReport | null> {
  const clean = coerceReport({ at: new Date().toISOString(), ...report });
  if (!clean) return Promise.resolve(null);
  return stored.update((reports) => [...reports, clean].slice(-MAX_REPORTS)).then(() => clean);
}

export async function clearReports(): Promise<void> {
  await stored.update(() => []);
}

/** Calls `listener` with all reports whenever they change; returns the unsubscribe function. */
export const onReportsChanged = (listener: (reports: VerdictReport[]) => void): (() => void) => stored.onChanged(listener);

