import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, monthLabel, type TimelineEntry } from '../../src/lib/timeline.ts';
import { timelineAnchor, timelineHref } from '../../src/lib/urls.ts';

const entry = (id: string, title: string, published: string): TimelineEntry => ({
  id,
  title,
  kind: 'method',
  stage: 'test-time',
  published,
});

test('entries are grouped by year and month in time order, each month by title', () => {
  const years = buildTimeline([
    entry('r1', 'DeepSeek-R1', '2025-01'),
    entry('o1', 'OpenAI o1', '2024-09'),
    entry('score', 'SCoRe', '2024-09'),
    entry('ppo', 'PPO', '2017-07'),
    entry('alpha', 'alphaZero', '2024-09'),
  ]);
  assert.deepEqual(
    years.map((year) => [year.year, year.months.map((month) => month.month)]),
    [
      [2017, ['2017-07']],
      [2024, ['2024-09']],
      [2025, ['2025-01']],
    ],
  );
  assert.deepEqual(
    years[1]!.months[0]!.entries.map((item) => item.title),
    ['alphaZero', 'OpenAI o1', 'SCoRe'],
    'titles in alphabetical order, whatever their case',
  );
  assert.deepEqual(buildTimeline([]), []);
});

test('months read as words and have their own anchor', () => {
  assert.equal(monthLabel('2024-09'), 'September 2024');
  assert.equal(monthLabel('2025-01'), 'January 2025');
  assert.equal(timelineAnchor('2024-09'), 'm-2024-09');
  assert.equal(timelineHref('2024-09'), '/timeline/#m-2024-09');
});
