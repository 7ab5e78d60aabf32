/**
 * Every chapter, entry, reference and glossary page carries its heading, navigation and text in its HTML, so it
 * reads without JavaScript. A static check on every page; the browser sweep (tests/e2e/no-javascript.spec.ts)
 * checks that CSS shows them, on a page of every shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { READING_PAGE, readSite, readingProblems } from '../support/site.ts';

const dist = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist');

test('every page for reading has its heading, navigation and text in its HTML', () => {
  const pages = readSite(dist).filter((page) => READING_PAGE.test(page.path));
  assert.ok(pages.length > 10, `expected a built site in ${dist}`);
  assert.deepEqual(pages.flatMap(readingProblems), []);
});
