/**
 * What only the build needs to write an entry's comparison data (`/compare/entry/<id>.json`): supervision in
 * words and the first results, formatted. Kept apart from compare.ts so that the page's script does not carry the
 * metric tables.
 */
import { benchmarkLabel, describeSetting, formatValue, type ResultRow } from './results.ts';
import { METRICS, type Supervision } from './vocabulary.ts';
import type { CompareReport } from './compare.ts';

/** Results shown per entry; the entry page lists the rest. */
export const REPORTS_SHOWN = 3;

const SUPERVISION_LABELS: Record<Supervision, string> = {
  outcome: 'Outcome (a signal on the final answer)',
  process: 'Process (a signal on each step)',
  none: 'None',
};

/** A supervision value in words. */
export function supervisionLabel(supervision: Supervision): string {
  return SUPERVISION_LABELS[supervision];
}

/** The first results of an entry as the comparison shows them, and how many it leaves out. */
export function compareReports(
  results: readonly ResultRow[],
  titleOf: (id: string) => string | undefined,
  hrefOf: (id: string) => string,
): { reports: CompareReport[]; moreReports: number } {
  const reports = results.slice(0, REPORTS_SHOWN).map((result) => {
    const spec = METRICS[result.metric];
    const value = formatValue(result.value, result.metric);
    return {
      benchmark: benchmarkLabel(result, titleOf),
      href: result.benchmark ? hrefOf(result.benchmark) : undefined,
      value: spec.unit === '%' || spec.unit === 'points' ? `${value} ${result.metric}` : `${result.metric} ${value}`,
      model: result.model,
      setting: describeSetting(result),
    };
  });
  return { reports, moreReports: Math.max(0, results.length - reports.length) };
}
