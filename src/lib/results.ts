/**
 * Reported results as data: how a number is written, what its setting was, where it was checked, how the results
 * on one benchmark form a leaderboard, and when they were reported. Pure functions; the components render them.
 */
import { METRICS, type Metric } from './vocabulary.ts';

/** A result as the schema defines it (src/content.config.ts), with the benchmark as an entry id. */
export interface ResultRow {
  benchmark?: string | undefined;
  benchmarkName?: string | undefined;
  split?: string | undefined;
  model: string;
  metric: Metric;
  value: number;
  baseline?: number | undefined;
  baselineLabel?: string | undefined;
  shots?: number | undefined;
  samples?: number | undefined;
  decoding?: string | undefined;
  verifier?: string | undefined;
  setting?: string | undefined;
  source: { key: string; where: string };
}

/** A result with the entry that reports it. */
export interface ReportedResult extends ResultRow {
  /** Id of the entry whose page reports the result. */
  entry: string;
}

/** A number in its metric's unit: "84.1%", "+3.9 points", "1,258", "$0.12". */
export function formatValue(value: number, metric: Metric): string {
  const { unit } = METRICS[metric];
  const number = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (unit === '%') return `${number}%`;
  if (unit === 'points') return `${value > 0 ? '+' : ''}${number} points`;
  if (unit === 'US$') return `$${number}`;
  return number;
}

/** The setting of a result in one line: "8-shot · 256 samples · greedy · verifier: PRM · after PPO". */
export function describeSetting(result: ResultRow): string {
  return [
    result.shots !== undefined ? (result.shots === 0 ? 'zero-shot' : `${result.shots}-shot`) : '',
    result.samples !== undefined ? `${result.samples} ${result.samples === 1 ? 'sample' : 'samples'}` : '',
    result.decoding ?? '',
    result.verifier ? `verifier: ${result.verifier}` : '',
    result.setting ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The benchmark of a result as a label: its entry's title (looked up) or its name, with the split. */
export function benchmarkLabel(result: ResultRow, titleOf: (id: string) => string | undefined): string {
  const name = result.benchmark ? (titleOf(result.benchmark) ?? result.benchmark) : (result.benchmarkName ?? '');
  return result.split ? `${name} (${result.split})` : name;
}

/** The publication month ("2023-12") an arXiv identifier encodes: its first version's year and month. */
export function monthOfArxiv(id: string): string | undefined {
  const match = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id);
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `20${match[1]}-${match[2]}` : undefined;
}

/** Results on one benchmark that can be compared: the same metric on the same split. */
export interface LeaderboardGroup {
  metric: Metric;
  split?: string | undefined;
  /** Best first, by the metric's direction. */
  rows: ReportedResult[];
  /** Plain warnings where the rows were produced differently ("samples differ: 1, 64"). */
  warnings: string[];
}

const SETTING_FIELDS = [
  ['shots', 'prompt exemplars (shots)'],
  ['samples', 'samples per problem'],
  ['decoding', 'decoding'],
  ['verifier', 'verifier or selection'],
] as const;

/**
 * Groups the results reported on a benchmark by metric and split, orders each group best first (ties by model
 * name), and warns where the rows of a group differ in shots, samples, decoding or verifier.
 */
export function leaderboard(results: readonly ReportedResult[]): LeaderboardGroup[] {
  const groups = new Map<string, LeaderboardGroup>();
  for (const result of results) {
    const key = `${result.metric}\u0000${result.split ?? ''}`;
    const group = groups.get(key) ?? { metric: result.metric, split: result.split, rows: [], warnings: [] };
    group.rows.push(result);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const sign = METRICS[group.metric].higherIsBetter ? -1 : 1;
    group.rows.sort((a, b) => sign * (a.value - b.value) || a.model.localeCompare(b.model));
    for (const [field, label] of SETTING_FIELDS) {
      const values = new Set(group.rows.map((row) => (row[field] === undefined ? 'not stated' : String(row[field]))));
      if (values.size > 1) group.warnings.push(`${label} differ: ${[...values].sort().join(', ')}`);
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.rows.length - a.rows.length || a.metric.localeCompare(b.metric) || (a.split ?? '').localeCompare(b.split ?? ''),
  );
}
