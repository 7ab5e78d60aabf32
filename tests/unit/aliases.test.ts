import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBestBet, namedEntry, normalizeName, sharedNames } from '../../src/lib/aliases.ts';

const entry = (id: string, title: string, aliases: string[]) =>
  namedEntry({ id, title, kind: 'Method', summary: '', url: `/methods/${id}/` }, aliases);

const entries = [
  entry('process-reward-model', 'Process reward model', ['PRM', 'process reward models']),
  entry('rest-mcts-star', 'ReST-MCTS*', ['ReST-MCTS', 'Rest-MCTS*']),
  entry('pass-at-k', 'pass@k', ['pass at k']),
  entry('best-of-n', 'Best-of-N', ['BoN']),
  entry('openai-o1', 'OpenAI o1', ['o1']),
  entry('star', 'STaR', ['Self-Taught Reasoner']),
];

test('normalises case, accents, spaces and punctuation', () => {
  assert.equal(normalizeName(' ReST-MCTS* '), 'restmcts');
  assert.equal(normalizeName('Best of N'), 'bestofn');
  assert.equal(normalizeName('pass@k'), 'passk');
  assert.equal(normalizeName('Rényi'), 'renyi');
  assert.equal(normalizeName('!!!'), '');
});

test('finds the entry a query names exactly, in any spelling', () => {
  for (const [query, id] of [
    ['PRM', 'process-reward-model'],
    ['prm', 'process-reward-model'],
    ['rest mcts*', 'rest-mcts-star'],
    ['pass@k', 'pass-at-k'],
    ['best of n', 'best-of-n'],
    ['o1', 'openai-o1'],
    ['STaR', 'star'],
    ['self taught reasoner', 'star'],
  ]) {
    assert.equal(findBestBet(query!, entries)?.id, id, query);
  }
  assert.equal(findBestBet('reward', entries), undefined);
  assert.equal(findBestBet('  ', entries), undefined);
});

test('an ambiguous name pins nothing, and the ambiguity is reported', () => {
  const clash = [...entries, entry('prm800k', 'PRM800K', ['PRM'])];
  assert.equal(findBestBet('PRM', clash), undefined);
  assert.deepEqual(sharedNames(clash), ['prm: process-reward-model, prm800k']);
});
