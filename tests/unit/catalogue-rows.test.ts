import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueEntry, catalogueRow } from '../../src/lib/catalogue-rows.ts';

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
    source: ['survey'],
    tag: ['search', 'prompting'],
    supervision: [],
    year: ['2023'],
  });
  assert.equal(row.text, 'tree of thoughts tot search over thoughts.');
  assert.equal(row.year, 2023);
});

test('a catalogue entry adds what its table row shows: link, labels and summary', () => {
  const entry = catalogueEntry({
    id: 'math-shepherd',
    title: 'Math-Shepherd',
    aliases: [],
    summary: 'A process reward model.',
    kind: 'reward-model',
    stage: 'data-construction',
    tags: ['math'],
    year: 2024,
  });
  assert.equal(entry.href, '/methods/math-shepherd/');
  assert.equal(entry.kindLabel, 'Reward model');
  assert.equal(entry.stageLabel, 'Data construction');
  assert.equal(entry.summary, 'A process reward model.');
  assert.deepEqual(entry.values.kind, ['reward-model']);
});

test('an entry added after the survey is in its own source facet and carries the mark', () => {
  const facts = {
    id: 'dapo',
    title: 'DAPO',
    aliases: [],
    summary: 'A GRPO variant.',
    kind: 'algorithm',
    stage: 'reinforcement-learning',
    tags: [],
    afterSurvey: true,
  };
  assert.deepEqual(catalogueRow(facts).values.source, ['after-survey']);
  assert.equal(catalogueEntry(facts).afterSurvey, true);
  assert.equal(catalogueEntry({ ...facts, afterSurvey: false }).afterSurvey, undefined);
});
