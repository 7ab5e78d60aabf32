import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareReports } from '../../src/lib/compare-entry.ts';
import {
  compareSearch,
  groupLinks,
  MAX_COMPARED,
  parseCompareIds,
  relationsAmong,
  type CompareLink,
} from '../../src/lib/compare.ts';

const known = new Set(['ppo', 'grpo', 'dpo', 'rloo', 'gsm8k']);
const isKnown = (id: string) => known.has(id);

test('the URL gives the entries in its order, without repeats, unknown ids or more than fit', () => {
  assert.deepEqual(parseCompareIds('?ids=ppo,grpo,dpo', isKnown), {
    ids: ['ppo', 'grpo', 'dpo'],
    unknown: [],
    tooMany: [],
  });
  assert.deepEqual(parseCompareIds('?ids=GRPO, ppo,grpo,,nope', isKnown), {
    ids: ['grpo', 'ppo'],
    unknown: ['nope'],
    tooMany: [],
  });
  assert.equal(MAX_COMPARED, 4);
  assert.deepEqual(parseCompareIds('?ids=ppo,grpo,dpo,rloo,gsm8k', isKnown), {
    ids: ['ppo', 'grpo', 'dpo', 'rloo'],
    unknown: [],
    tooMany: ['gsm8k'],
  });
  assert.deepEqual(parseCompareIds('', isKnown), { ids: [], unknown: [], tooMany: [] });
  assert.deepEqual(parseCompareIds('?ids=ppo%2Cdpo', isKnown).ids, ['ppo', 'dpo'], 'an encoded comma separates too');
});

test('the query string round-trips through the parser', () => {
  assert.equal(compareSearch([]), '');
  assert.equal(compareSearch(['ppo', 'grpo']), '?ids=ppo,grpo');
  assert.deepEqual(parseCompareIds(compareSearch(['dpo', 'ppo']), isKnown).ids, ['dpo', 'ppo']);
});

const link = (id: string, relation: CompareLink['relation'], direction: CompareLink['direction']): CompareLink => ({
  id,
  title: id.toUpperCase(),
  href: `/methods/${id}/`,
  relation,
  direction,
  label: {
    extends: 'Extends',
    uses: direction === 'forward' ? 'Uses' : 'Used by',
    'builds-on': 'Builds on',
    'compares-with': 'Compared with',
  }[relation],
});

test('relations among the compared entries are worded once, from the side that declares them', () => {
  const entries = [
    { id: 'grpo', title: 'GRPO', links: [link('ppo', 'extends', 'forward'), link('dpo', 'compares-with', 'forward')] },
    { id: 'ppo', title: 'PPO', links: [link('grpo', 'extends', 'reverse'), link('rloo', 'compares-with', 'forward')] },
    { id: 'dpo', title: 'DPO', links: [link('grpo', 'compares-with', 'forward')] },
  ];
  assert.deepEqual(relationsAmong(entries), ['GRPO extends PPO', 'GRPO is compared with DPO']);
  assert.deepEqual(relationsAmong([entries[1]!]), [], 'an entry outside the comparison is not mentioned');
});

test('links are grouped by how they read from the entry', () => {
  const groups = groupLinks([
    link('ppo', 'extends', 'forward'),
    link('r1', 'uses', 'reverse'),
    link('math', 'uses', 'reverse'),
  ]);
  assert.deepEqual(
    groups.map((group) => [group.label, group.links.map((item) => item.id)]),
    [
      ['Extends', ['ppo']],
      ['Used by', ['r1', 'math']],
    ],
  );
});

test('results are shown three at most, each with its value in words and its setting', () => {
  const result = (value: number) => ({
    benchmark: 'gsm8k',
    model: 'Model-7B',
    metric: 'accuracy' as const,
    value,
    samples: 256,
    source: { key: 'k', where: 'abstract' },
  });
  const { reports, moreReports } = compareReports(
    [
      result(89.1),
      result(80),
      result(70),
      { ...result(5), benchmark: undefined, benchmarkName: 'Other', metric: 'accuracy gain' as const },
    ],
    (id) => (id === 'gsm8k' ? 'GSM8K' : undefined),
    (id) => `/methods/${id}/`,
  );
  assert.equal(moreReports, 1);
  assert.deepEqual(reports[0], {
    benchmark: 'GSM8K',
    href: '/methods/gsm8k/',
    value: '89.1% accuracy',
    model: 'Model-7B',
    setting: '256 samples',
  });
  assert.equal(
    compareReports(
      [{ ...result(3.9), metric: 'accuracy gain' }],
      () => undefined,
      () => '',
    ).reports[0]!.value,
    '+3.9 points accuracy gain',
  );
});
