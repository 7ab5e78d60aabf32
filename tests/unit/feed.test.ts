import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayLabel, dayToDate, newestPages, type DatedPage } from '../../src/lib/feed.ts';

const page = (title: string, added: string, revised?: string): DatedPage => ({
  title,
  path: `/methods/${title.toLowerCase()}/`,
  label: 'Method',
  summary: `${title} in a sentence.`,
  added,
  revised,
});

test('the newest pages come first: by day added, then by revision, then by title', () => {
  const pages = [
    page('Beta', '2026-11-25'),
    page('Alpha', '2026-11-25'),
    page('Gamma', '2026-12-01'),
    page('Delta', '2026-11-25', '2026-12-04'),
  ];
  assert.deepEqual(
    newestPages(pages).map((item) => item.title),
    ['Gamma', 'Delta', 'Alpha', 'Beta'],
  );
  assert.deepEqual(
    newestPages(pages, 2).map((item) => item.title),
    ['Gamma', 'Delta'],
  );
});

test('a day is read at noon UTC and written out in words; a malformed day fails', () => {
  assert.equal(dayToDate('2026-11-25').toISOString(), '2026-11-25T12:00:00.000Z');
  assert.equal(dayLabel('2026-11-25'), '25 November 2026');
  assert.throws(() => dayToDate('2026-13-45'), /not a day/);
});
