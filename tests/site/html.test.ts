/** Every built page is valid HTML by html-validate's recommended rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { readSite } from '../support/site.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');

/**
 * The recommended rules, minus three that judge style rather than validity: KaTeX positions glyphs with inline
 * styles, Tailwind's arbitrary-value classes are long, and Prettier decides attribute quoting.
 */
export const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
  },
});

test('every page of the built site is valid HTML', async () => {
  const pages = readSite(dist);
  assert.ok(pages.length > 10, `expected a built site in ${dist}`);
  const failures: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.path);
    if (!report.valid) failures.push(formatterFactory('text')(report.results));
  }
  assert.equal(failures.join('\n'), '');
});
