/**
 * The chart of the test-time scaling explorer (ScalingExplorer.astro) as SVG markup: built once at build time for
 * the static figure and again in the browser whenever a slider moves, so the two are the same drawing for the same
 * settings. Its size is fixed, so replacing it never moves the page. Colours come from CSS classes (the
 * `.scaling-chart` rules in global.css), which follow the theme; each method also has its own dash pattern and
 * marker, so the legend does not rely on colour.
 */
import type { ScalingCurves, ScalingParams } from './scaling-simulation.ts';

/** Sizes in SVG units. */
export const CHART = {
  width: 400,
  height: 290,
  plot: { left: 40, right: 390, top: 62, bottom: 245 },
  fontSize: 12,
} as const;

/** The curves the chart draws, in the legend's order; the bound comes last in the legend but is drawn first. */
export const SERIES = [
  { key: 'majority', label: 'Majority vote', marker: 'circle', dash: '' },
  { key: 'bestOfN', label: 'Best-of-N', marker: 'square', dash: '7 4' },
  { key: 'weighted', label: 'Weighted best-of-N', marker: 'triangle', dash: '12 3 3 3' },
  { key: 'coverage', label: 'Pass@N (upper bound)', marker: 'none', dash: '1 4' },
] as const;

export type SeriesKey = (typeof SERIES)[number]['key'];

/** The figure's sliders, in percent: which setting each moves, its label and its range. */
export const SLIDERS: readonly {
  param: keyof ScalingParams;
  label: string;
  min: number;
  max: number;
  step: number;
}[] = [
  { param: 'accuracy', label: 'Model accuracy', min: 5, max: 95, step: 5 },
  { param: 'verifierQuality', label: 'Verifier quality', min: 50, max: 99, step: 1 },
  { param: 'foolingShare', label: 'Fooling wrong samples', min: 0, max: 10, step: 0.5 },
];

/** A method's name in prose, lower case where a sentence needs it. */
const PROSE_NAME: Record<SeriesKey, string> = {
  coverage: 'pass@N',
  majority: 'majority vote',
  bestOfN: 'best-of-N',
  weighted: 'weighted best-of-N',
};

/** A share as a whole percentage ("40%"). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A share of up to one decimal percentage point ("2%", "2.5%"), for the settings, which move in half points. */
export function formatSetting(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** Below this drop from its peak (in accuracy) a curve counts as flat: the simulation's noise is about 1 point. */
const DECLINE = 0.02;

/** "1 sample", "32 samples". */
const samples = (n: number) => `${n} ${n === 1 ? 'sample' : 'samples'}`;

/**
 * How one curve behaves as N grows, in words: "peaks at 65% with 32 samples and falls to 58% with 256", "levels
 * off near 51% from 32 samples", "stays near 9%" or "rises to 95% with 256".
 */
export function describeCurve(n: readonly number[], values: readonly number[]): string {
  const last = values.length - 1;
  const final = values[last]!;
  let peak = 0;
  for (let index = 1; index <= last; index += 1) if (values[index]! > values[peak]!) peak = index;
  if (values[peak]! - final >= DECLINE) {
    const high = formatPercent(values[peak]!);
    return peak === 0
      ? `falls from ${high} with ${samples(n[0]!)} to ${formatPercent(final)} with ${n[last]}`
      : `peaks at ${high} with ${samples(n[peak]!)} and falls to ${formatPercent(final)} with ${n[last]}`;
  }
  // Flat: the first N from which the curve stays within the noise of its final value.
  let settled = last;
  while (settled > 0 && Math.abs(values[settled - 1]! - final) < DECLINE) settled -= 1;
  if (settled === 0) return `stays near ${formatPercent(final)}`;
  if (settled < last - 1) return `levels off near ${formatPercent(final)} from ${samples(n[settled]!)}`;
  return `rises to ${formatPercent(final)} with ${n[last]}`;
}

/** The settings in words, as the chart's description and the figure's summary start. */
export function describeParams(params: ScalingParams): string {
  return (
    `Model accuracy ${formatSetting(params.accuracy)}, verifier quality ${formatSetting(params.verifierQuality)}, ` +
    `${formatSetting(params.foolingShare)} of wrong samples fool the verifier.`
  );
}

/** What the curves show for these settings, in two sentences: the summary under the chart and its description. */
export function describeScaling(params: ScalingParams, curves: ScalingCurves): string {
  const methods = (['majority', 'bestOfN', 'weighted'] as const).map(
    (key) => `${PROSE_NAME[key]} ${describeCurve(curves.n, curves[key])}`,
  );
  const coverage = formatPercent(curves.coverage.at(-1)!);
  return (
    `${describeParams(params)} From 1 to ${curves.n.at(-1)} samples, ${methods.join('; ')}; ` +
    `with ${curves.n.at(-1)} samples, ${coverage} of problems have at least one correct sample.`
  );
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const round = (value: number) => Math.round(value * 10) / 10;

/** The x position of N on the log scale of the plot. */
function xOf(n: number, maxN: number): number {
  const { left, right } = CHART.plot;
  return round(left + ((right - left) * Math.log2(n)) / Math.log2(maxN));
}

/** The y position of an accuracy (0 to 1). */
function yOf(share: number): number {
  const { top, bottom } = CHART.plot;
  return round(bottom - (bottom - top) * share);
}

/** A marker of the given shape centred on (x, y), as an SVG element. */
function marker(shape: string, x: number, y: number): string {
  if (shape === 'circle') return `<circle cx="${x}" cy="${y}" r="3.5"/>`;
  if (shape === 'square') return `<rect x="${round(x - 3.5)}" y="${round(y - 3.5)}" width="7" height="7"/>`;
  if (shape === 'triangle')
    return `<path d="M${x} ${round(y - 4.5)}L${round(x + 4.5)} ${round(y + 3.5)}L${round(x - 4.5)} ${round(y + 3.5)}Z"/>`;
  return '';
}

function seriesGroup(
  series: (typeof SERIES)[number],
  points: { x: number; y: number }[],
  values: readonly number[],
): string {
  const line = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join('');
  const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
  const markers = points.map((point) => marker(series.marker, point.x, point.y)).join('');
  // The values, to three decimals, let tests read the curves without measuring pixels.
  const data = values.map((value) => value.toFixed(3)).join(' ');
  return (
    `<g class="series ${series.key}" data-series="${series.key}" data-values="${data}">` +
    `<path class="line" d="${line}"${dash}/>${markers}</g>`
  );
}

function legend(): string {
  const { left } = CHART.plot;
  const columns = [left, left + 175];
  return SERIES.map((series, index) => {
    const x = columns[index % 2]!;
    const y = 12 + Math.floor(index / 2) * 19;
    const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
    return (
      `<g class="series ${series.key}"><path class="line" d="M${x} ${y}H${x + 30}"${dash}/>` +
      `${marker(series.marker, x + 15, y)}<text class="label" x="${x + 38}" y="${y + 4}">${escapeText(series.label)}</text></g>`
    );
  }).join('');
}

function axes(maxN: number): string {
  const { left, right, top, bottom } = CHART.plot;
  const parts: string[] = [];
  for (let tick = 0; tick <= 100; tick += 20) {
    const y = yOf(tick / 100);
    parts.push(`<path class="grid" d="M${left} ${y}H${right}"/>`);
    parts.push(`<text class="tick" x="${left - 6}" y="${y + 4}" text-anchor="end">${tick}%</text>`);
  }
  for (let n = 1; n <= maxN; n *= 2) {
    const x = xOf(n, maxN);
    parts.push(`<path class="axis" d="M${x} ${bottom}v4"/>`);
    parts.push(`<text class="tick" x="${x}" y="${bottom + 16}" text-anchor="middle">${n}</text>`);
  }
  parts.push(`<path class="axis" d="M${left} ${top}V${bottom}H${right}"/>`);
  parts.push(
    `<text class="label" x="${(left + right) / 2}" y="${CHART.height - 6}" text-anchor="middle">` +
      `Samples per problem, N (log scale)</text>`,
  );
  parts.push(`<text class="label" x="${left}" y="${top - 9}">Problems solved</text>`);
  return parts.join('');
}

/**
 * The chart of `curves` (computed for `params`) as an SVG element: a titled, described image whose description
 * says what the curves show for these settings. `idPrefix` makes the ids of its title and description unique on
 * the page.
 */
export function scalingChartSvg(curves: ScalingCurves, params: ScalingParams, idPrefix: string): string {
  const maxN = curves.n.at(-1)!;
  const xs = curves.n.map((n) => xOf(n, maxN));
  // The bound first, so the methods' curves lie on top of it.
  const groups = [SERIES[3], SERIES[0], SERIES[1], SERIES[2]]
    .map((series) =>
      seriesGroup(
        series,
        curves[series.key].map((value, index) => ({ x: xs[index]!, y: yOf(value) })),
        curves[series.key],
      ),
    )
    .join('');
  const title = 'Share of simulated problems solved against the number of samples N, for each way of choosing';
  return (
    `<svg class="scaling-chart" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" ` +
    `aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc" font-size="${CHART.fontSize}" ` +
    `data-accuracy="${params.accuracy}" data-verifier-quality="${params.verifierQuality}" ` +
    `data-fooling-share="${params.foolingShare}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${idPrefix}-title">${title}</title>` +
    `<desc id="${idPrefix}-desc">${escapeText(describeScaling(params, curves))}</desc>` +
    `${axes(maxN)}${groups}${legend()}</svg>`
  );
}
