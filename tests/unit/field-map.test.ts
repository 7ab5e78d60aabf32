import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFieldMap, layoutStage, mapLinks, stagePairs, type MapEntry } from '../../src/lib/field-map.ts';

const entry = (id: string, stage: MapEntry['stage'], related: MapEntry['related'] = []): MapEntry => ({
  id,
  title: id.toUpperCase(),
  kind: stage === 'evaluation' ? 'benchmark' : 'method',
  stage,
  related,
});

const ENTRIES: MapEntry[] = [
  entry('ppo', 'reinforcement-learning'),
  entry('grpo', 'reinforcement-learning', [
    { entry: 'ppo', relation: 'extends' },
    { entry: 'dpo', relation: 'compares-with' },
    { entry: 'gsm8k', relation: 'uses' },
    { entry: 'gone', relation: 'uses' },
  ]),
  entry('dpo', 'reinforcement-learning', [{ entry: 'grpo', relation: 'compares-with' }]),
  entry('rloo', 'reinforcement-learning'),
  entry('gsm8k', 'evaluation'),
  entry('math', 'evaluation'),
  entry('best-of-n', 'test-time', [
    { entry: 'gsm8k', relation: 'uses' },
    { entry: 'math', relation: 'uses' },
  ]),
];

test('each relation is kept once, from the earlier idea to the one that takes it further', () => {
  const links = mapLinks(ENTRIES);
  assert.deepEqual(
    links.map((link) => `${link.from}>${link.to}:${link.relation}`),
    ['gsm8k>best-of-n:uses', 'math>best-of-n:uses', 'dpo>grpo:compares-with', 'ppo>grpo:extends', 'gsm8k>grpo:uses'],
  );
  assert.ok(!links.some((link) => link.from === 'gone' || link.to === 'gone'), 'unknown entries are left out');
});

test('stages come in the order of a model life, each with its entries by title and the relations that leave it', () => {
  const map = buildFieldMap(ENTRIES);
  assert.deepEqual(
    map.stages.map((stage) => stage.stage),
    ['reinforcement-learning', 'test-time', 'evaluation'],
  );
  const rl = map.stages[0]!;
  assert.deepEqual(
    rl.entries.map((item) => item.id),
    ['dpo', 'grpo', 'ppo', 'rloo'],
  );
  assert.deepEqual(
    rl.outside.map((link) => `${link.from}>${link.to}`),
    ['gsm8k>grpo'],
  );
  // Only relations inside the stage are drawn; a comparison is dashed.
  assert.equal(rl.diagram.edges.length, 2);
  assert.equal(rl.diagram.edges.find((edge) => edge.from === 'dpo')?.undirected, true);
  assert.equal(rl.diagram.edges.find((edge) => edge.from === 'ppo')?.undirected, false);
  assert.deepEqual(map.flows, [
    { from: 'evaluation', to: 'reinforcement-learning', count: 1 },
    { from: 'evaluation', to: 'test-time', count: 2 },
  ]);
});

test('both directions between two stages add up, most relations first', () => {
  assert.deepEqual(
    stagePairs([
      { from: 'test-time', to: 'reinforcement-learning', count: 2 },
      { from: 'reinforcement-learning', to: 'test-time', count: 3 },
      { from: 'evaluation', to: 'reinforcement-learning', count: 1 },
    ]),
    [
      { stages: ['reinforcement-learning', 'test-time'], count: 5 },
      { stages: ['reinforcement-learning', 'evaluation'], count: 1 },
    ],
  );
});

test('every entry of a stage is placed once, without overlap, inside the drawing', () => {
  const many = Array.from({ length: 11 }, (_, index) => entry(`loose-${index}`, 'test-time'));
  const stage = [...many, entry('a', 'test-time', [{ entry: 'b', relation: 'builds-on' }]), entry('b', 'test-time')];
  const diagram = layoutStage(stage, mapLinks(stage));
  assert.equal(diagram.nodes.length, stage.length);
  assert.deepEqual(new Set(diagram.nodes.map((node) => node.id)).size, stage.length);
  for (const node of diagram.nodes) {
    assert.ok(node.x - node.width / 2 >= 0 && node.x + node.width / 2 <= diagram.width, `${node.id} fits across`);
    assert.ok(node.y - node.height / 2 >= 0 && node.y + node.height / 2 <= diagram.height, `${node.id} fits down`);
    assert.equal(node.caption, 'Method');
    assert.equal(node.kind, 'method');
  }
  for (const [index, first] of diagram.nodes.entries())
    for (const second of diagram.nodes.slice(index + 1))
      assert.ok(
        Math.abs(first.x - second.x) >= (first.width + second.width) / 2 ||
          Math.abs(first.y - second.y) >= (first.height + second.height) / 2,
        `${first.id} and ${second.id} overlap`,
      );
  // The unrelated entries sit in rows of at most four under the laid-out ones.
  const linked = diagram.nodes.filter((node) => node.id === 'a' || node.id === 'b');
  const loose = diagram.nodes.filter((node) => node.id.startsWith('loose'));
  assert.ok(Math.min(...loose.map((node) => node.y)) > Math.max(...linked.map((node) => node.y)));
  assert.equal(new Set(loose.map((node) => node.y)).size, 3);
  assert.equal(diagram.edges.length, 1);
  assert.ok(diagram.edges[0]!.from === 'b' && diagram.edges[0]!.to === 'a', 'a builds on b: b first');
});
