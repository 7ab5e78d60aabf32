import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rehypeScrollable } from '../../src/lib/rehype-scrollable.ts';

test('makes code blocks and display math focusable, and nothing else', () => {
  const tree = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [{ type: 'element', tagName: 'code', properties: {} }],
      },
      { type: 'element', tagName: 'span', properties: { className: ['katex-display'] }, children: [] },
      { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [] },
      { type: 'element', tagName: 'p', properties: {}, children: [] },
    ],
  };
  rehypeScrollable()(tree);
  const tabIndexes = tree.children.map((node) => (node.properties as Record<string, unknown>)['tabIndex']);
  assert.deepEqual(tabIndexes, [0, 0, undefined, undefined]);
  assert.equal((tree.children[0]!.children![0]!.properties as Record<string, unknown>)['tabIndex'], undefined);
});
