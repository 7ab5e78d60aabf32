/** Every internal link and anchor of the built site resolves; ids are unique; external links are https. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { findLinkProblems, readSite } from '../support/site.ts';

const dist = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist');
const base = process.env['ATLAS_BASE'] ?? '/';

test(`every link and anchor in ${path.basename(dist)} resolves`, () => {
  const pages = readSite(dist);
  assert.ok(pages.length > 10, `expected a built site in ${dist}`);
  assert.deepEqual(findLinkProblems(dist, pages, base), []);
});
