import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueRow } from '../../src/lib/catalogue-rows.ts';

test('an entry becomes a filter row with its facet values and lowercased searchable text', () => {
  const row = catalogueRow({
    id: 'tree-of-thoughts',
    title: 'Tree of Thoughts',
    aliases: ['ToT'],
    summary: 'Search over thoughts.',
    kind: 'method',
    stage: 'test-time',
    tags: ['search', 'prompting'],
    year: 2023,
  });
  assert.deepEqual(row.values, {
    kind: ['method'],
    stage: ['test-time'],
    tag: ['search', 'prompting'],
    supervision: [],
    year: ['2023'],
  });
  assert.equal(row.text, 'tree of thoughts tot search over thoughts.');
  assert.equal(row.year, 2023);
});
