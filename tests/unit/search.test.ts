import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeCount,
  parseSearchParams,
  rememberSearch,
  searchQueryString,
  toggleFilter,
} from '../../src/lib/search.ts';

test('reads the query, the facets and the exact flag from the URL, and writes them back', () => {
  const params = parseSearchParams('?q=+grpo+&kind=Method&kind=Model&year=2024&chapter=Background&other=x&exact=1');
  assert.deepEqual(params, {
    query: 'grpo',
    filters: { kind: ['Method', 'Model'], year: ['2024'], chapter: ['Background'] },
    exact: true,
  });
  assert.equal(searchQueryString(params), '?q=grpo&kind=Method&kind=Model&year=2024&chapter=Background&exact=1');
  assert.deepEqual(parseSearchParams(''), { query: '', filters: {}, exact: false });
  assert.equal(searchQueryString({ query: '', filters: {}, exact: false }), '');
});

test('describes result counts for screen readers', () => {
  assert.equal(describeCount(0, 'x'), 'No results for “x”');
  assert.equal(describeCount(1, 'x'), '1 result for “x”');
  assert.equal(describeCount(12, 'x'), '12 results for “x”');
});

test('toggles a facet value on and off without touching the others', () => {
  const on = toggleFilter({ year: ['2024'] }, 'kind', 'Method');
  assert.deepEqual(on, { year: ['2024'], kind: ['Method'] });
  assert.deepEqual(toggleFilter(on, 'kind', 'Method'), { year: ['2024'] });
});

test('remembers recent searches newest first, without repeats, at most six', () => {
  let recent: string[] = [];
  for (const query of ['prm', 'grpo', 'PRM', ' ', 'a', 'b', 'c', 'd', 'e']) recent = rememberSearch(recent, query);
  assert.deepEqual(recent, ['e', 'd', 'c', 'b', 'a', 'PRM']);
});
