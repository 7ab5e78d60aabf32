/** Every built page is valid HTML by html-validate's recommended rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { htmlErrors } from '../support/html.ts';
import { readSite } from '../support/site.ts';

const dist = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist');

test('every page of the built site is valid HTML', async () => {
  const pages = readSite(dist);
  assert.ok(pages.length > 10, `expected a built site in ${dist}`);
  const errors = await Promise.all(pages.map((page) => htmlErrors(page.html, page.path)));
  assert.equal(errors.filter(Boolean).join('\n'), '');
});
