import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import {
  CHART,
  describeCurve,
  describeScaling,
  formatSetting,
  scalingChartSvg,
  SERIES,
  SLIDERS,
} from '../../src/lib/scaling-chart.ts';
import { DEFAULT_PARAMS, simulateScaling, type ScalingParams } from '../../src/lib/scaling-simulation.ts';

const N = [1, 2, 4, 8, 16, 32, 64, 128, 256];
const chart = (params: ScalingParams) => parse(scalingChartSvg(simulateScaling(params), params, 'fig'));

test('the chart is one titled, described image with a fixed viewBox whatever the settings', () => {
  for (const params of [DEFAULT_PARAMS, { accuracy: 0.9, verifierQuality: 0.55, foolingShare: 0.1 }]) {
    const svg = chart(params).querySelector('svg')!;
    assert.equal(svg.getAttribute('viewBox'), `0 0 ${CHART.width} ${CHART.height}`);
    assert.equal(svg.getAttribute('role'), 'img');
    assert.equal(svg.getAttribute('aria-labelledby'), 'fig-title');
    assert.equal(svg.getAttribute('aria-describedby'), 'fig-desc');
    assert.ok(svg.querySelector('title#fig-title')!.textContent.length > 20);
    assert.equal(svg.querySelector('desc#fig-desc')!.textContent, describeScaling(params, simulateScaling(params)));
    // No inline styles: colours come from the stylesheet, which the theme switches.
    assert.doesNotMatch(svg.toString(), /style=|fill="#|stroke="#/);
  }
});

test('the same curves give the same markup, so the static and the redrawn chart are identical', () => {
  const curves = simulateScaling(DEFAULT_PARAMS);
  assert.equal(scalingChartSvg(curves, DEFAULT_PARAMS, 'a'), scalingChartSvg(curves, DEFAULT_PARAMS, 'a'));
});

test('each curve carries its values and stays inside the plot', () => {
  const curves = simulateScaling(DEFAULT_PARAMS);
  const svg = chart(DEFAULT_PARAMS);
  for (const series of SERIES) {
    const group = svg.querySelector(`g[data-series="${series.key}"]`)!;
    assert.deepEqual(
      group.getAttribute('data-values')!.split(' ').map(Number),
      curves[series.key].map((value) => Number(value.toFixed(3))),
    );
    const points = [
      ...group
        .querySelector('path.line')!
        .getAttribute('d')!
        .matchAll(/[ML]([\d.]+) ([\d.]+)/g),
    ];
    assert.equal(points.length, N.length);
    for (const [, x, y] of points) {
      assert.ok(Number(x) >= CHART.plot.left && Number(x) <= CHART.plot.right);
      assert.ok(Number(y) >= CHART.plot.top && Number(y) <= CHART.plot.bottom);
    }
  }
});

test('the legend tells the curves apart without colour: each has its own dash pattern and marker', () => {
  const looks = SERIES.map((series) => `${series.dash}/${series.marker}`);
  assert.equal(new Set(looks).size, SERIES.length);
  const svg = chart(DEFAULT_PARAMS);
  const labels = svg.querySelectorAll('text.label').map((text) => text.textContent);
  for (const series of SERIES) assert.ok(labels.includes(series.label), series.label);
});

test('a curve is described by its shape: a peak and a fall, a plateau, a flat line or a rise', () => {
  assert.equal(
    describeCurve(N, [0.4, 0.5, 0.6, 0.65, 0.66, 0.68, 0.64, 0.6, 0.55]),
    'peaks at 68% with 32 samples and falls to 55% with 256',
  );
  assert.equal(
    describeCurve(N, [0.4, 0.39, 0.38, 0.37, 0.36, 0.34, 0.3, 0.27, 0.24]),
    'falls from 40% with 1 sample to 24% with 256',
  );
  assert.equal(
    describeCurve(N, [0.4, 0.42, 0.45, 0.48, 0.5, 0.51, 0.51, 0.512, 0.511]),
    'levels off near 51% from 16 samples',
  );
  assert.equal(describeCurve(N, [0.1, 0.1, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09, 0.09]), 'stays near 9%');
  assert.equal(describeCurve(N, [0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.96]), 'rises to 96% with 256');
});

test('the summary names the settings and what each method does', () => {
  const text = describeScaling(DEFAULT_PARAMS, simulateScaling(DEFAULT_PARAMS));
  assert.match(text, /^Model accuracy 40%, verifier quality 80%, 2% of wrong samples fool the verifier\. /);
  for (const name of ['majority vote', 'best-of-N', 'weighted best-of-N', 'at least one correct sample'])
    assert.ok(text.includes(name), name);
  assert.match(text, /best-of-N peaks at \d+% with \d+ samples and falls to \d+% with 256/);
});

test('the sliders cover the default settings, in steps that land on them', () => {
  assert.equal(formatSetting(0.025), '2.5%');
  for (const slider of SLIDERS) {
    const value = DEFAULT_PARAMS[slider.param] * 100;
    assert.ok(value >= slider.min && value <= slider.max, slider.param);
    assert.ok(Math.abs(((value - slider.min) / slider.step) % 1) < 1e-9, slider.param);
  }
});
