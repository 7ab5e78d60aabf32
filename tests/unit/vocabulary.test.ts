import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KINDS, RELATIONS, STAGES, kindLabel, relationLabel, stageLabel } from '../../src/lib/vocabulary.ts';

test('every kind and stage has a label', () => {
  for (const kind of KINDS) assert.match(kindLabel(kind), /^[A-Z]/);
  for (const stage of STAGES) assert.match(stageLabel(stage), /^[A-Z]/);
  assert.equal(kindLabel('reward-model'), 'Reward model');
});

test('relations read forward from the declaring entry and in reverse from the target', () => {
  for (const relation of RELATIONS) {
    assert.ok(relationLabel(relation, 'forward'));
    assert.ok(relationLabel(relation, 'reverse'));
  }
  assert.equal(relationLabel('builds-on', 'reverse'), 'Built on by');
  assert.equal(relationLabel('extends', 'forward'), 'Extends');
});
