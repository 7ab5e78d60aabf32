import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countProseWords, minimumWords } from '../../src/lib/word-count.ts';

test('counts prose words, not markup, math, code or drawings', () => {
  const body = [
    '## At a glance',
    'A <M id="x">linked name</M> and $x^2$ math, then <Cite key="k" />.',
    '$$',
    'y = \\sum_i x_i',
    '$$',
    '```text',
    'for i in range(10): pass',
    '```',
    '<svg viewBox="0 0 1 1"><text>label</text></svg>',
    '| Benchmark | Result |',
    '| --- | --- |',
    '| GSM8K | 77.9% |',
  ].join('\n');
  assert.equal(countProseWords(body), 13);
});

test('benchmarks and datasets need 180 words, everything else 300', () => {
  assert.equal(minimumWords('benchmark'), 180);
  assert.equal(minimumWords('dataset'), 180);
  assert.equal(minimumWords('method'), 300);
  assert.equal(minimumWords('concept'), 300);
});
