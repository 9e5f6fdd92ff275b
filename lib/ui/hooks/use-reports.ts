import { useEffect, useState } from 'preact/hooks';
import { loadReports, onReportsChanged } from '../../report-store';
import type { VerdictReport } from '../../verdict-report';

/**
 * The stored wrong-verdict reports, following new ones as they are made.
 * @return null until storage has answered
 */
export function useReports(): VerdictReport[] | null {
  const [reports, setReports] = useState<VerdictReport[] | null>(null);
  useEffect(() => {
    let live = true;
    loadReports().then(
      (r) => live && setReports(r),
      () => live && setReports([]),
    );
    const off = onReportsChanged((r) => live && setReports(r));
    return () => {
      live = false;
      off();
    };
  }, []);
  return reports;
}
