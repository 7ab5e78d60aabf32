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
  /** Other entries whose pages report the same number from the same source (set by leaderboard). */
  alsoReportedBy?: string[];
}

/** Decimal places of a number as written ("33.25" -> 2); YAML keeps no trailing zeros, so "33.0" -> 0. */
export function decimalsOf(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

/**
 * A number in its metric's unit: "84.1%", "+3.9 points", "1,258", "$0.12". `decimals` pads it to match the
 * number it is shown with ("28.6% → 33.0%", not "→ 33%").
 */
export function formatValue(value: number, metric: Metric, decimals = 0): string {
  const { unit } = METRICS[metric];
  const places = Math.max(decimals, Math.min(2, decimalsOf(value)));
  const number = value.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places });
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
export interface LeaderboardGroup<T extends ReportedResult = ReportedResult> {
  metric: Metric;
  split?: string | undefined;
  /** Best first, by the metric's direction. */
  rows: T[];
  /** Plain warnings where the rows were produced differently ("samples differ: 1, 64"). */
  warnings: string[];
  /** Decimal places to show every value of the group with, so that 33.0 and 43.5 line up. */
  decimals: number;
}

const SETTING_FIELDS = [
  ['shots', 'prompt exemplars (shots)'],
  ['samples', 'samples per problem'],
  ['decoding', 'decoding'],
  ['verifier', 'verifier or selection'],
] as const;

/**
 * Groups the results reported on a benchmark by metric and split, merges copies of one number from one source,
 * orders each group best first (ties by model name), and warns where the rows of a group differ in shots,
 * samples, decoding or verifier.
 */
export function leaderboard<T extends ReportedResult>(results: readonly T[]): LeaderboardGroup<T>[] {
  const groups = new Map<string, LeaderboardGroup<T>>();
  // The same number from the same source is often on several pages (the method's, the benchmark's, a concept's):
  // it is one result, listed once with every page that reports it.
  const seen = new Map<string, T>();
  for (const result of results) {
    const identity = [result.split, result.model, result.metric, result.value, result.source.key].join('\u0000');
    const first = seen.get(identity);
    if (first) {
      if (first.entry !== result.entry && !first.alsoReportedBy?.includes(result.entry))
        first.alsoReportedBy = [...(first.alsoReportedBy ?? []), result.entry];
      continue;
    }
    seen.set(identity, { ...result });
  }
  for (const result of seen.values()) {
    const key = `${result.metric}\u0000${result.split ?? ''}`;
    const group: LeaderboardGroup<T> = groups.get(key) ?? {
      metric: result.metric,
      split: result.split,
      rows: [],
      warnings: [],
      decimals: 0,
    };
    group.rows.push(result);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const sign = METRICS[group.metric].higherIsBetter ? -1 : 1;
    group.rows.sort((a, b) => sign * (a.value - b.value) || a.model.localeCompare(b.model));
    group.decimals = Math.min(2, Math.max(...group.rows.map((row) => decimalsOf(row.value))));
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

/** A dated result, for the progress chart. */
export interface DatedResult {
  /** "2023-12": the month the reporting work first appeared. */
  month: string;
  value: number;
  /** What the point is, for its tooltip and the data table ("GPT-4, Math-Shepherd"). */
  label: string;
}

/** Where each point and tick of a progress chart goes, in SVG units. */
export interface ChartLayout {
  width: number;
  height: number;
  points: { cx: number; cy: number; month: string; value: number; label: string }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The plotting area. */
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Months since year 0, so that months can be placed on a linear axis. */
function monthIndex(month: string): number {
  const [year, value] = month.split('-').map(Number) as [number, number];
  return year * 12 + (value - 1);
}

/** Round steps for an axis: 1, 2 or 5 times a power of ten, about `count` of them across the range. */
function niceStep(range: number, count: number): number {
  const raw = range / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= raw) ?? 10 * power;
}

/**
 * Lays out a scatter of results against publication month: x from the first to the last month (a year's tick
 * each January, or every few years when the span is long), y over rounded bounds of the values. Points of the
 * same month and value are drawn once.
 */
export function chartLayout(results: readonly DatedResult[], width = 640, height = 320): ChartLayout {
  const plot = { left: 48, right: width - 16, top: 16, bottom: height - 36 };
  const months = results.map((result) => monthIndex(result.month));
  const [firstMonth, lastMonth] = [Math.min(...months) - 2, Math.max(...months) + 2];
  const values = results.map((result) => result.value);
  const step = niceStep(Math.max(...values) - Math.min(...values) || 10, 5);
  const low = Math.floor(Math.min(...values) / step) * step;
  const high = Math.max(low + step, Math.ceil(Math.max(...values) / step) * step);
  const x = (month: number) => plot.left + ((month - firstMonth) / (lastMonth - firstMonth)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top);
  const years: number[] = [];
  const firstYear = Math.ceil(firstMonth / 12);
  const yearStep = Math.max(1, Math.ceil((lastMonth - firstMonth) / 12 / 6));
  for (let year = firstYear; year * 12 <= lastMonth; year += yearStep) years.push(year);
  const yTicks: ChartLayout['yTicks'] = [];
  for (let value = low; value <= high + step / 1000; value += step)
    yTicks.push({ y: y(value), label: `${+value.toFixed(6)}` });
  const seen = new Set<string>();
  const points = results
    .filter((result) => {
      const key = `${result.month}|${result.value}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .map((result) => ({ ...result, cx: x(monthIndex(result.month)), cy: y(result.value) }));
  return {
    width,
    height,
    plot,
    points,
    xTicks: years.map((year) => ({ x: x(year * 12), label: String(year) })),
    yTicks,
  };
}
