/**
 * The interactive part of the test-time scaling explorer (ScalingExplorer.astro), imported when the figure nears
 * the viewport: the sliders recompute the simulation and redraw the chart with the same function that drew the
 * static one at build time, and the summary line under it says what the curves now show.
 */
import { describeScaling, formatSetting, scalingChartSvg } from '../lib/scaling-chart.ts';
import { simulateScaling, type ScalingParams } from '../lib/scaling-simulation.ts';

/** Wires the sliders of one explorer figure; `root` is its [data-scaling-explorer] element. */
export function startExplorer(root: HTMLElement): void {
  const chart = root.querySelector<HTMLElement>('[data-scaling-chart]')!;
  const summary = root.querySelector<HTMLElement>('[data-scaling-summary]')!;
  const sliders = [...root.querySelectorAll<HTMLInputElement>('input[data-param]')];
  const idPrefix = `${root.dataset['id']}-chart`;

  const readParams = (): ScalingParams => {
    const params = { accuracy: 0, verifierQuality: 0, foolingShare: 0 };
    for (const slider of sliders) params[slider.dataset['param'] as keyof ScalingParams] = Number(slider.value) / 100;
    return params;
  };

  let description = '';
  const draw = () => {
    const params = readParams();
    const curves = simulateScaling(params);
    // Replacing the markup keeps the drawing identical to the build-time one; the chart has a fixed viewBox and
    // width, so the page does not move.
    chart.innerHTML = scalingChartSvg(curves, params, idPrefix);
    description = describeScaling(params, curves);
    for (const slider of sliders) {
      const text = formatSetting(Number(slider.value) / 100);
      slider.setAttribute('aria-valuetext', text);
      const shown = root.querySelector<HTMLElement>(`[data-output="${slider.dataset['param']}"]`);
      if (shown) shown.textContent = text;
    }
  };
  // The summary is a live region: it changes when a slider is let go (or on each key press), not on every step of
  // a drag, so a screen reader is not flooded.
  const announce = () => {
    if (summary.textContent !== description) summary.textContent = description;
  };

  // One redraw per frame at most while a slider is dragged.
  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  for (const slider of sliders) {
    slider.addEventListener('input', schedule);
    slider.addEventListener('change', () => {
      // A change can arrive before the frame of its input event: draw now, so the summary matches the sliders.
      if (frame) {
        cancelAnimationFrame(frame);
        frame = 0;
        draw();
      }
      announce();
    });
  }

  // The browser may have restored slider positions from an earlier visit: draw what they say.
  draw();
  announce();
  for (const slider of sliders) slider.disabled = false;
  root.dataset['ready'] = '';
}
