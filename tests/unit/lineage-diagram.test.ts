import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Connection } from '../../src/lib/lineage.ts';
import { arrowHead, DIAGRAM, edgePath, layoutLineage, wrapTitle, type Diagram } from '../../src/lib/lineage-diagram.ts';

const entries = new Map(
  [
    ['grpo', 'GRPO'],
    ['ppo', 'Proximal Policy Optimization'],
    ['deepseekmath', 'DeepSeekMath'],
    ['deepseek-r1', 'DeepSeek-R1'],
    ['dpo', 'Direct Preference Optimization'],
    ['rloo', 'REINFORCE Leave-One-Out'],
  ].map(([id, title]) => [id!, { id: id!, title: title! }]),
);

const CONNECTIONS: Connection[] = [
  { entry: 'ppo', relation: 'extends', direction: 'forward' },
  { entry: 'deepseekmath', relation: 'uses', direction: 'reverse' },
  { entry: 'deepseek-r1', relation: 'builds-on', direction: 'reverse' },
  { entry: 'dpo', relation: 'compares-with', direction: 'forward' },
  { entry: 'missing', relation: 'uses', direction: 'forward' },
];

const diagram = layoutLineage(entries.get('grpo')!, CONNECTIONS, entries)!;
const node = (layout: Diagram, id: string) => layout.nodes.find((item) => item.id === id)!;

test('an entry with no known connection has no diagram', () => {
  assert.equal(layoutLineage(entries.get('rloo')!, [], entries), undefined);
  assert.equal(
    layoutLineage(entries.get('rloo')!, [{ entry: 'missing', relation: 'uses', direction: 'forward' }], entries),
    undefined,
  );
});

test('what an entry builds on stands before it, what builds on it after, each captioned as the list reads', () => {
  assert.deepEqual(diagram.nodes.map((item) => item.id).sort(), ['deepseek-r1', 'deepseekmath', 'dpo', 'grpo', 'ppo']);
  const self = node(diagram, 'grpo');
  assert.equal(self.self, true);
  assert.ok(node(diagram, 'ppo').x < self.x, 'GRPO extends PPO: PPO first');
  for (const id of ['deepseekmath', 'deepseek-r1', 'dpo']) assert.ok(node(diagram, id).x > self.x, `${id} after GRPO`);
  assert.equal(node(diagram, 'ppo').caption, 'Extends');
  assert.equal(node(diagram, 'deepseekmath').caption, 'Used by');
  assert.equal(node(diagram, 'deepseek-r1').caption, 'Built on by');
  assert.equal(node(diagram, 'dpo').caption, 'Compared with');
});

test('arrows run from the earlier idea to the later; comparisons have no direction', () => {
  const edges = diagram.edges.map((edge) => [edge.from, edge.to, edge.undirected]);
  assert.deepEqual(
    edges.sort(),
    [
      ['grpo', 'deepseek-r1', false],
      ['grpo', 'deepseekmath', false],
      ['grpo', 'dpo', true],
      ['ppo', 'grpo', false],
    ].sort(),
  );
  // Each edge starts on its first box's border and ends on its second's, the second to the right of the first.
  const onBorder = (point: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) => {
    const [dx, dy] = [Math.abs(point.x - box.x), Math.abs(point.y - box.y)];
    const [w, h] = [box.width / 2, box.height / 2];
    return (Math.abs(dx - w) < 1 && dy <= h + 1) || (Math.abs(dy - h) < 1 && dx <= w + 1);
  };
  for (const edge of diagram.edges) {
    const [from, to] = [node(diagram, edge.from), node(diagram, edge.to)];
    assert.ok(onBorder(edge.points[0]!, from), `${edge.from} -> ${edge.to} leaves from its box`);
    assert.ok(onBorder(edge.points.at(-1)!, to), `${edge.from} -> ${edge.to} ends on its box`);
    assert.ok(to.x > from.x, `${edge.from} -> ${edge.to} runs left to right`);
  }
});

test('boxes fit their text, stay inside the drawing and never overlap', () => {
  for (const item of diagram.nodes) {
    assert.ok(item.x - item.width / 2 >= 0 && item.x + item.width / 2 <= diagram.width, item.id);
    assert.ok(item.y - item.height / 2 >= 0 && item.y + item.height / 2 <= diagram.height, item.id);
    const lines = item.lines.length + (item.caption ? 1 : 0);
    assert.equal(item.height, DIAGRAM.padding * 2 + lines * DIAGRAM.lineHeight, item.id);
  }
  for (const a of diagram.nodes)
    for (const b of diagram.nodes) {
      if (a === b) continue;
      const apart = Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
      assert.ok(apart, `${a.id} and ${b.id} overlap`);
    }
});

test('titles wrap at spaces, cut a word longer than a line, and end in an ellipsis past the last line', () => {
  assert.deepEqual(wrapTitle('Proximal Policy Optimization', 22), ['Proximal Policy', 'Optimization']);
  assert.deepEqual(wrapTitle('GRPO', 22), ['GRPO']);
  assert.deepEqual(wrapTitle('Supercalifragilistic', 8), ['Superca-', 'lifragi-', 'listic']);
  const long = wrapTitle('one two three four five six seven eight nine ten eleven twelve', 10, 2);
  assert.equal(long.length, 2);
  assert.match(long[1]!, /…$/);
  for (const line of wrapTitle('Self-Evaluation Guided Beam Search for Reasoning in Large Models'))
    assert.ok(line.length <= DIAGRAM.lineChars, line);
});

test('edge paths and arrowheads are drawn from the layout points', () => {
  assert.equal(
    edgePath([
      { x: 0, y: 0 },
      { x: 10.04, y: 5 },
    ]),
    'M0 0 L10 5',
  );
  const head = arrowHead([
    { x: 0, y: 0 },
    { x: 10, y: 0 },
  ]);
  // The tip at the end point, the two corners behind it, one each side of the edge.
  assert.equal(head, 'M10 0 L4 -3 L4 3 Z');
});
