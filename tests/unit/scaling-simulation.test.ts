import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_PARAMS,
  DEFAULT_SIZE,
  fillUniforms,
  MODEL,
  normalQuantile,
  problemDifficulties,
  SAMPLE_COUNTS,
  scoreSeparation,
  simulateScaling,
  type ScalingCurves,
  type ScalingParams,
} from '../../src/lib/scaling-simulation.ts';

const run = (changes: Partial<ScalingParams> = {}) => simulateScaling({ ...DEFAULT_PARAMS, ...changes });
const METHODS = ['majority', 'bestOfN', 'weighted'] as const;
const last = (values: readonly number[]) => values.at(-1)!;
const peak = (values: readonly number[]) => Math.max(...values);

test('the generator repeats itself from the same state and gives numbers in [0, 1)', () => {
  const first = new Float64Array(1000);
  const second = new Float64Array(1000);
  assert.equal(fillUniforms(42, first), fillUniforms(42, second));
  assert.deepEqual(first, second);
  assert.ok(first.every((value) => value >= 0 && value < 1));
  const mean = first.reduce((sum, value) => sum + value, 0) / first.length;
  assert.ok(Math.abs(mean - 0.5) < 0.03, `mean ${mean}`);
  // Continuing from the returned state gives new numbers, not the same ones again.
  const next = new Float64Array(1000);
  fillUniforms(fillUniforms(42, new Float64Array(1000)), next);
  assert.notDeepEqual(next, first);
});

test('the normal quantile matches known values and refuses probabilities outside (0, 1)', () => {
  assert.ok(Math.abs(normalQuantile(0.975) - 1.959964) < 1e-5);
  assert.ok(Math.abs(normalQuantile(0.5)) < 1e-9);
  assert.ok(Math.abs(normalQuantile(0.001) + 3.090232) < 1e-5);
  assert.ok(Math.abs(normalQuantile(0.2) + normalQuantile(0.8)) < 1e-9);
  assert.throws(() => normalQuantile(0), RangeError);
  assert.throws(() => normalQuantile(1), RangeError);
});

test('a verifier of quality 50% cannot tell correct from wrong; better ones separate them more', () => {
  assert.equal(scoreSeparation(0.5), 0);
  // Two normal scores d apart are ordered correctly with probability Φ(d/√2): Φ(1) ≈ 0.8413.
  assert.ok(Math.abs(scoreSeparation(0.841345) - Math.SQRT2) < 1e-4);
  assert.ok(scoreSeparation(0.8) < scoreSeparation(0.9));
  assert.ok(Number.isFinite(scoreSeparation(1)));
});

test('problem difficulties average the model accuracy, spread from hard to easy', () => {
  for (const accuracy of [0.05, 0.4, 0.9]) {
    const chances = problemDifficulties(accuracy, 200);
    assert.equal(chances.length, 200);
    const mean = chances.reduce((sum, chance) => sum + chance, 0) / chances.length;
    assert.ok(Math.abs(mean - accuracy) < 1e-6, `mean ${mean} for ${accuracy}`);
    assert.deepEqual(
      [...chances].sort((a, b) => a - b),
      chances,
    );
    assert.ok(chances[0]! < accuracy && chances.at(-1)! > accuracy);
  }
  assert.throws(() => problemDifficulties(1, 10), RangeError);
});

test('the simulation is deterministic: the same settings give the same curves, whatever ran before', () => {
  const first = run();
  run({ accuracy: 0.7, verifierQuality: 0.6 });
  assert.deepEqual(run(), first);
  assert.deepEqual(first.n, [...SAMPLE_COUNTS]);
  const other = simulateScaling(DEFAULT_PARAMS, { ...DEFAULT_SIZE, seed: DEFAULT_SIZE.seed + 1 });
  assert.notDeepEqual(other, first);
});

test('with one sample every method returns that sample, so all agree with the model accuracy', () => {
  for (const accuracy of [0.2, 0.6]) {
    const curves = run({ accuracy });
    for (const method of METHODS) assert.equal(curves[method][0], curves.coverage[0]);
    assert.ok(Math.abs(curves.coverage[0]! - accuracy) < 0.04, `pass@1 ${curves.coverage[0]} for ${accuracy}`);
  }
});

test('pass@N only grows with N and bounds every method at every N', () => {
  for (const changes of [{}, { verifierQuality: 0.99 }, { accuracy: 0.1 }, { foolingShare: 0.1 }]) {
    const curves = run(changes);
    curves.coverage.forEach((value, index) => {
      if (index > 0) assert.ok(value >= curves.coverage[index - 1]!);
      for (const method of METHODS) assert.ok(curves[method][index]! <= value, `${method} at N=${curves.n[index]}`);
    });
  }
});

test('majority vote plateaus below pass@N, at the share of problems whose correct answer is the most common', () => {
  const curves = run();
  const tail = curves.majority.slice(-4);
  assert.ok(peak(tail) - Math.min(...tail) < 0.02, `majority vote still moving: ${tail.join(', ')}`);
  assert.ok(last(curves.coverage) - last(curves.majority) > 0.3);
  // In the limit the vote is right exactly when the correct answer beats the popular wrong one.
  const chances = problemDifficulties(DEFAULT_PARAMS.accuracy, DEFAULT_SIZE.problems);
  const limit = chances.filter((chance) => chance > (1 - chance) * MODEL.popularWrongShare).length / chances.length;
  assert.ok(Math.abs(last(curves.majority) - limit) < 0.05, `${last(curves.majority)} against ${limit}`);
  // Majority vote needs no verifier: its curve ignores the verifier's settings.
  assert.deepEqual(run({ verifierQuality: 0.55, foolingShare: 0.08 }).majority, curves.majority);
});

test('best-of-N with a weak verifier is exploited at large N; with a strong one it is not', () => {
  const weak = run({ verifierQuality: 0.6 }).bestOfN;
  assert.ok(peak(weak) - last(weak) > 0.05, `weak verifier: ${weak.join(', ')}`);
  const strong = run({ verifierQuality: 0.99 }).bestOfN;
  assert.ok(peak(strong) - last(strong) < 0.01, `strong verifier: ${strong.join(', ')}`);
  assert.ok(last(strong) > last(weak) + 0.3);
  // Without fooling samples even a middling verifier keeps improving: the decline comes from its blind spot.
  const unfooled = run({ verifierQuality: 0.8, foolingShare: 0 }).bestOfN;
  assert.ok(peak(unfooled) - last(unfooled) < 0.01, `no fooling samples: ${unfooled.join(', ')}`);
  // A useless verifier does worse than a single sample at large N, as the fooling samples win.
  const useless = run({ verifierQuality: 0.5 }).bestOfN;
  assert.ok(last(useless) < useless[0]! - 0.1);
});

test('weighted best-of-N beats majority vote with a good verifier and equals it with a useless one', () => {
  const good = run({ verifierQuality: 0.9 });
  good.n.forEach((n, index) => {
    if (n >= 4) assert.ok(good.weighted[index]! > good.majority[index]!, `N=${n}`);
  });
  const useless = run({ verifierQuality: 0.5 });
  assert.deepEqual(useless.weighted, useless.majority);
  // With a weak verifier, summing scores is more robust than trusting the single top score.
  const weak = run({ verifierQuality: 0.65 });
  assert.ok(last(weak.weighted) > last(weak.bestOfN) + 0.05);
});

test('every method solves more as the model gets more accurate, and best-of-N more as the verifier improves', () => {
  const byAccuracy: ScalingCurves[] = [0.2, 0.4, 0.6, 0.8].map((accuracy) => run({ accuracy }));
  for (const method of [...METHODS, 'coverage'] as const)
    for (const index of [0, 4, SAMPLE_COUNTS.length - 1])
      for (let step = 1; step < byAccuracy.length; step += 1)
        assert.ok(
          byAccuracy[step]![method][index]! > byAccuracy[step - 1]![method][index]!,
          `${method} at N=${SAMPLE_COUNTS[index]}`,
        );
  const byQuality = [0.6, 0.8, 0.99].map((verifierQuality) => last(run({ verifierQuality }).bestOfN));
  assert.deepEqual(
    [...byQuality].sort((a, b) => a - b),
    byQuality,
  );
});

test('settings outside their ranges are refused', () => {
  assert.throws(() => run({ accuracy: 0 }), RangeError);
  assert.throws(() => run({ verifierQuality: 0.4 }), RangeError);
  assert.throws(() => run({ foolingShare: -0.1 }), RangeError);
});

test('a recomputation is fast enough to follow a slider', (t) => {
  run();
  const start = performance.now();
  for (const accuracy of [0.3, 0.5, 0.7]) run({ accuracy });
  const each = (performance.now() - start) / 3;
  // Reported, not asserted: a shared machine's load would make a time limit flaky.
  t.diagnostic(`one recomputation: ${each.toFixed(1)} ms`);
});
