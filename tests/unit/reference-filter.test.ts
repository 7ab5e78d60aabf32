import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  citingChapters,
  filterReferences,
  isUnfiltered,
  parseReferenceFilter,
  referenceFilterStatus,
  serializeReferenceFilter,
  yearCounts,
} from '../../src/lib/reference-filter.ts';

const ROWS = [
  { key: 'a2023', year: 2023, chapters: ['intro'] },
  { key: 'b2024', year: 2024, chapters: ['intro', 'methods'] },
  { key: 'c2024', year: 2024, chapters: [] },
  { key: 'd2022', year: 2022, chapters: ['methods'] },
];

test('each work lists the chapters that cite it, in the chapters’ order, once each', () => {
  const citedIn = citingChapters([
    { id: 'intro', cites: ['b2024', 'a2023', 'b2024'] },
    { id: 'methods', cites: new Set(['d2022', 'b2024']).values() },
  ]);
  assert.deepEqual(Object.fromEntries(citedIn), { b2024: ['intro', 'methods'], a2023: ['intro'], d2022: ['methods'] });
});

test('filters by year, by citing chapter, by both, and keeps the order', () => {
  const keys = (filter: Parameters<typeof filterReferences>[1]) => filterReferences(ROWS, filter).map((row) => row.key);
  assert.deepEqual(keys({}), ['a2023', 'b2024', 'c2024', 'd2022']);
  assert.deepEqual(keys({ year: 2024 }), ['b2024', 'c2024']);
  assert.deepEqual(keys({ chapter: 'methods' }), ['b2024', 'd2022']);
  assert.deepEqual(keys({ year: 2024, chapter: 'methods' }), ['b2024']);
  assert.deepEqual(keys({ year: 1999 }), []);
  assert.ok(isUnfiltered({}));
  assert.ok(!isUnfiltered({ year: 2024 }));
});

test('years with works, newest first, with their counts', () => {
  assert.deepEqual(yearCounts(ROWS), [
    [2024, 2],
    [2023, 1],
    [2022, 1],
  ]);
});

test('the filter round-trips through the URL and ignores what it cannot read', () => {
  for (const filter of [{}, { year: 2024 }, { chapter: 'intro' }, { year: 2023, chapter: 'learning-to-reason' }]) {
    assert.deepEqual(parseReferenceFilter(serializeReferenceFilter(filter)), filter);
  }
  assert.equal(serializeReferenceFilter({}), '');
  assert.equal(serializeReferenceFilter({ year: 2024, chapter: 'intro' }), '?year=2024&chapter=intro');
  assert.deepEqual(parseReferenceFilter('?year=soon&chapter='), {});
  assert.deepEqual(parseReferenceFilter('?year=20.5'), {});
});

test('the status line says how many works, from when and cited where', () => {
  assert.equal(referenceFilterStatus(12, { year: 2024 }), '12 works from 2024');
  assert.equal(
    referenceFilterStatus(1, { year: 2024, chapter: 'intro' }, 'Chapter 1: Introduction'),
    '1 work from 2024 cited in Chapter 1: Introduction',
  );
  assert.equal(referenceFilterStatus(0, { chapter: 'intro' }), 'No works cited in intro');
});
