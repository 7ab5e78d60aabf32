import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeCount, excerptSegments, parseSearchParams } from '../../src/lib/search.ts';

test('splits a Pagefind excerpt into plain and highlighted text, decoding entities', () => {
  assert.deepEqual(excerptSegments('a <mark>PRM</mark> &lt;b&gt; &amp; &quot;x&quot;'), [
    { text: 'a ', mark: false },
    { text: 'PRM', mark: true },
    { text: ' <b> & "x"', mark: false },
  ]);
});

test('drops any other tag in an excerpt instead of keeping markup', () => {
  assert.deepEqual(excerptSegments('<img src=x onerror=alert(1)>hi'), [{ text: 'hi', mark: false }]);
});

test('reads the query and the known filters from the URL', () => {
  assert.deepEqual(parseSearchParams('?q=+grpo+&kind=Method&kind=Model&year=2024&other=x'), {
    query: 'grpo',
    filters: { kind: ['Method', 'Model'], year: ['2024'] },
  });
  assert.deepEqual(parseSearchParams(''), { query: '', filters: {} });
});

test('describes result counts for screen readers', () => {
  assert.equal(describeCount(0, 'x'), 'No results for “x”');
  assert.equal(describeCount(1, 'x'), '1 result for “x”');
  assert.equal(describeCount(12, 'x'), '12 results for “x”');
});
