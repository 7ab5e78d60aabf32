import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveConnections, deriveDiscussedIn } from '../../src/lib/lineage.ts';

const entries = [
  { id: 'star', paper: 'zelikman2022star', related: [] },
  { id: 'quiet-star', paper: 'zelikman2024quiet', related: [{ entry: 'star', relation: 'extends' as const }] },
  { id: 'ppo', related: [] },
  { id: 'grpo', related: [{ entry: 'ppo', relation: 'builds-on' as const }] },
];

test('a chapter discusses an entry it links or whose paper it cites, listed in chapter order', () => {
  const discussed = deriveDiscussedIn(
    [
      { id: 'background', body: 'PPO is <M id="ppo" />.' },
      { id: 'learning', body: 'STaR <Cite key="zelikman2022star" /> and <M id="grpo">GRPO</M>, <M id="ppo" />.' },
    ],
    entries,
  );
  assert.deepEqual(discussed.get('ppo'), ['background', 'learning']);
  assert.deepEqual(discussed.get('star'), ['learning']);
  assert.deepEqual(discussed.get('grpo'), ['learning']);
  assert.deepEqual(discussed.get('quiet-star'), []);
});

test('relations appear on both ends, the reverse reading on the target', () => {
  const connections = deriveConnections(entries);
  assert.deepEqual(connections.get('quiet-star'), [{ entry: 'star', relation: 'extends', direction: 'forward' }]);
  assert.deepEqual(connections.get('star'), [{ entry: 'quiet-star', relation: 'extends', direction: 'reverse' }]);
  assert.deepEqual(connections.get('ppo'), [{ entry: 'grpo', relation: 'builds-on', direction: 'reverse' }]);
});

test('a pair declared from both ends is shown once on each end', () => {
  const connections = deriveConnections([
    { id: 'a', related: [{ entry: 'b', relation: 'compares-with' }] },
    { id: 'b', related: [{ entry: 'a', relation: 'compares-with' }] },
  ]);
  assert.equal(connections.get('a')?.length, 1);
  assert.equal(connections.get('b')?.length, 1);
});

test('a chapter that shows a survey table discusses every entry with a row in it', () => {
  const discussed = deriveDiscussedIn(
    [{ id: 'data', body: 'Intro.\n\n<SurveyTable name="data-construction" caption="x" />' }],
    [
      { id: 'omegaprm', related: [], tables: ['data-construction'] },
      { id: 'openr', related: [], tables: ['open-source'] },
    ],
  );
  assert.deepEqual(discussed.get('omegaprm'), ['data']);
  assert.deepEqual(discussed.get('openr'), []);
});
