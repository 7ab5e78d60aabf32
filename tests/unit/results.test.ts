import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  benchmarkLabel,
  chartLayout,
  describeSetting,
  formatValue,
  leaderboard,
  monthOfArxiv,
  type ReportedResult,
} from '../../src/lib/results.ts';

const row = (entry: string, model: string, value: number, extra: Partial<ReportedResult> = {}): ReportedResult => ({
  entry,
  model,
  metric: 'accuracy',
  value,
  benchmark: 'gsm8k',
  source: { key: 'k', where: 'abstract' },
  ...extra,
});

test('formats numbers in their metric units', () => {
  assert.equal(formatValue(84.1, 'accuracy'), '84.1%');
  assert.equal(formatValue(3.9, 'accuracy gain'), '+3.9 points');
  assert.equal(formatValue(-2, 'accuracy gain'), '-2 points');
  assert.equal(formatValue(1258, 'Elo rating'), '1,258');
  assert.equal(formatValue(0.12, 'cost'), '$0.12');
  assert.equal(formatValue(33, 'accuracy', 1), '33.0%', 'padded to match its baseline');
  assert.equal(formatValue(33.333, 'accuracy'), '33.33%');
});

test('describes a setting in one line and labels the benchmark with its split', () => {
  assert.equal(
    describeSetting(
      row('e', 'm', 1, { shots: 8, samples: 256, decoding: 'sampling', verifier: 'PRM', setting: 'after PPO' }),
    ),
    '8-shot · 256 samples · sampling · verifier: PRM · after PPO',
  );
  assert.equal(describeSetting(row('e', 'm', 1, { shots: 0, samples: 1 })), 'zero-shot · 1 sample');
  assert.equal(
    benchmarkLabel(row('e', 'm', 1, { split: 'test' }), () => 'GSM8K'),
    'GSM8K (test)',
  );
  assert.equal(
    benchmarkLabel({ ...row('e', 'm', 1), benchmark: undefined, benchmarkName: 'MultiArith' }, () => undefined),
    'MultiArith',
  );
});

test('reads the month of first publication from an arXiv id', () => {
  assert.equal(monthOfArxiv('2312.08935'), '2023-12');
  assert.equal(monthOfArxiv('2103.03874'), '2021-03');
  assert.equal(monthOfArxiv('2113.00001'), undefined);
  assert.equal(monthOfArxiv('cs/0101001'), undefined);
});

test('a leaderboard groups by metric and split, best first, and warns where settings differ', () => {
  const groups = leaderboard([
    row('a', 'Model A', 70, { samples: 1 }),
    row('b', 'Model B', 90, { samples: 64 }),
    row('c', 'Model C', 80, { samples: 1 }),
    row('d', 'Model D', 12, { metric: 'error rate' }),
    row('e', 'Model E', 5, { metric: 'error rate' }),
    row('f', 'Model F', 50, { split: 'hard' }),
  ]);
  assert.deepEqual(
    groups.map((group) => [group.metric, group.split, group.rows.map((item) => item.model)]),
    [
      ['accuracy', undefined, ['Model B', 'Model C', 'Model A']],
      ['error rate', undefined, ['Model E', 'Model D']],
      ['accuracy', 'hard', ['Model F']],
    ],
  );
  assert.deepEqual(groups[0]!.warnings, ['samples per problem differ: 1, 64']);
  assert.equal(groups[0]!.decimals, 0);
  assert.deepEqual(groups[1]!.warnings, []);
});

test('one number from one source on several pages is one leaderboard row, listing every page', () => {
  const [group] = leaderboard([
    row('math-shepherd', 'Mistral-7B', 33, { source: { key: 'wang', where: 'abstract' } }),
    row('math', 'Mistral-7B', 33, { source: { key: 'wang', where: 'abstract' } }),
    row('process-reward-model', 'Mistral-7B', 33, { source: { key: 'wang', where: 'abstract' } }),
    row('other', 'Mistral-7B', 33, { source: { key: 'someone-else', where: 'Table 1' } }),
    row('x', 'Model X', 43.5),
  ]);
  assert.equal(group!.rows.length, 3);
  assert.deepEqual(group!.rows[1]!.alsoReportedBy, ['math', 'process-reward-model']);
  assert.equal(group!.decimals, 1, "values are shown with the group's precision");
});

test('a progress chart places points by month and value within the plot, with year and value ticks', () => {
  const layout = chartLayout([
    { month: '2021-10', value: 20, label: 'a' },
    { month: '2022-03', value: 58, label: 'b' },
    { month: '2024-01', value: 96, label: 'c' },
    { month: '2024-01', value: 96, label: 'duplicate' },
  ]);
  assert.equal(layout.points.length, 3, 'a point of the same month and value is drawn once');
  for (const point of layout.points) {
    assert.ok(point.cx > layout.plot.left && point.cx < layout.plot.right);
    assert.ok(point.cy >= layout.plot.top && point.cy <= layout.plot.bottom);
  }
  const [first, second, third] = layout.points;
  assert.ok(first!.cx < second!.cx && second!.cx < third!.cx, 'later months lie further right');
  assert.ok(first!.cy > second!.cy && second!.cy > third!.cy, 'higher values lie higher');
  assert.deepEqual(
    layout.xTicks.map((tick) => tick.label),
    ['2022', '2023', '2024'],
  );
  assert.deepEqual(
    layout.yTicks.map((tick) => tick.label),
    ['20', '40', '60', '80', '100'],
  );
});
