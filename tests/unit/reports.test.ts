import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportedBenchmarks } from '../../src/lib/reports.ts';

const NAMES = new Map([
  ['gsm8k', 'gsm8k'],
  ['math', 'math'],
  ['math500', 'math-500'],
  ['gpqa', 'gpqa'],
  ['mathvista', 'mathvista'],
  ['aime2024', 'aime'],
]);
const lookup = (name: string) => NAMES.get(name);

const BODY = `
## How it works

| Benchmark | x |
| --- | --- |
| HumanEval | not in the reports section |

## What it reports

Intro text mentioning MATH is not a table.

| Benchmark | Base model | Metric | Result | Setting |
| --- | --- | --- | --- | --- |
| GSM8K | Mistral-7B | accuracy | 84.1% | PPO <Cite key="x" /> |
| GPQA Diamond | o1 | accuracy | 77.3% | pass@1 |
| MathVista (testmini) | GPT-4o | accuracy | 63.8 | |
| MATH500 / AIME 2024 | Qwen | accuracy | 90 / 53.3 | |
| Game of 24 | GPT-4 | success | 74% | |

## Strengths and limits

| MATH | later table | | | |
`;

test('reads the benchmarks named in the result tables of "What it reports" only', () => {
  assert.deepEqual(reportedBenchmarks(BODY, lookup), ['gsm8k', 'gpqa', 'mathvista', 'math-500', 'aime']);
});

test('an entry without the section reports nothing', () => {
  assert.deepEqual(reportedBenchmarks('## At a glance\n\n| GSM8K | x |', lookup), []);
});
