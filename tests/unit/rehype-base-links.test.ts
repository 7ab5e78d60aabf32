import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rehypeBaseLinks } from '../../src/lib/rehype-base-links.ts';

const tree = () => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'a', properties: { href: '/methods/grpo/' }, children: [] },
    {
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'element', tagName: 'img', properties: { src: '/x.svg' } }],
    },
    { type: 'element', tagName: 'a', properties: { href: 'https://arxiv.org/abs/1' } },
    { type: 'element', tagName: 'a', properties: { href: '#local' } },
    { type: 'element', tagName: 'a', properties: { href: '//cdn.example.org/x' } },
  ],
});

const hrefs = (root: ReturnType<typeof tree>) =>
  root.children.flatMap((node) => [node.properties?.href ?? node.children?.[0]?.properties?.src]);

test('prefixes root-relative links and images with the base path, and nothing else', () => {
  const root = tree();
  rehypeBaseLinks({ base: '/atlas/' })(root);
  assert.deepEqual(hrefs(root), [
    '/atlas/methods/grpo/',
    '/atlas/x.svg',
    'https://arxiv.org/abs/1',
    '#local',
    '//cdn.example.org/x',
  ]);
});

test('leaves links alone at the root, and never prefixes twice', () => {
  const root = tree();
  rehypeBaseLinks({ base: '/' })(root);
  assert.equal(root.children[0]?.properties?.href, '/methods/grpo/');
  const prefixed = tree();
  rehypeBaseLinks({ base: '/atlas' })(prefixed);
  rehypeBaseLinks({ base: '/atlas' })(prefixed);
  assert.equal(prefixed.children[0]?.properties?.href, '/atlas/methods/grpo/');
});
