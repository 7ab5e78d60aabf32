import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightRanges, highlightTerms } from '../../src/lib/highlight.ts';

test('takes the distinct words of a query, ignoring one-letter ones', () => {
  assert.deepEqual(highlightTerms('  Process reward  a model process '), ['process', 'reward', 'model']);
});

test('finds every occurrence, case-insensitively, without overlaps', () => {
  assert.deepEqual(highlightRanges('A Process reward model rewards processes.', ['process', 'reward']), [
    [2, 9],
    [10, 16],
    [23, 29],
    [31, 38],
  ]);
  assert.deepEqual(highlightRanges('rewarding', ['reward', 'rewarding']), [[0, 9]]);
  assert.deepEqual(highlightRanges('nothing here', ['grpo']), []);
});
