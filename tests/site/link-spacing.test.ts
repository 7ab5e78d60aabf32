/** No link on any built page shows an underlined space, or a space before the punctuation that follows it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { linkSpacingProblems, readSite } from '../support/site.ts';

const dist = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist');

test('no link carries a space the reader sees', () => {
  const pages = readSite(dist);
  assert.ok(pages.length > 10, `expected a built site in ${dist}`);
  assert.deepEqual(pages.flatMap(linkSpacingProblems), []);
});
