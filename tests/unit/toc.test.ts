import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildToc } from '../../src/lib/toc.ts';

test('nests h3 under the preceding h2 and ignores other depths', () => {
  const toc = buildToc([
    { depth: 1, slug: 'title', text: 'Title' },
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 4, slug: 'a1x', text: 'deep' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  assert.deepEqual(toc, [
    { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
    { slug: 'b', text: 'B', children: [] },
  ]);
});

test('keeps an h3 that comes before any h2 at the top level', () => {
  assert.deepEqual(buildToc([{ depth: 3, slug: 'x', text: 'X' }]), [{ slug: 'x', text: 'X', children: [] }]);
});
