import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neighbours, sortChapters } from '../../src/lib/chapters.ts';

const chapters = [
  { id: 'c', data: { order: 3 } },
  { id: 'a', data: { order: 1 } },
  { id: 'b', data: { order: 2 } },
];

test('sorts chapters by order without changing the input', () => {
  assert.deepEqual(
    sortChapters(chapters).map((chapter) => chapter.id),
    ['a', 'b', 'c'],
  );
  assert.equal(chapters[0]?.id, 'c');
});

test('finds the previous and next chapter, none at the ends', () => {
  assert.deepEqual(neighbours(chapters, 'b'), { prev: chapters[1], next: chapters[0] });
  assert.deepEqual(neighbours(chapters, 'a'), { next: chapters[2] });
  assert.deepEqual(neighbours(chapters, 'c'), { prev: chapters[2] });
  assert.throws(() => neighbours(chapters, 'z'), /no chapter "z"/);
});
