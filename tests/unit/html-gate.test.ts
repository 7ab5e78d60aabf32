import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { htmlErrors } from '../support/html.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/site-broken/invalid.html');

test('the HTML gate rejects invalid markup, naming the page and the rule', async () => {
  const errors = await htmlErrors(readFileSync(fixture, 'utf8'), '/invalid.html');
  assert.match(errors, /\/invalid\.html:\d+:\d+: error \[element-permitted-content\]/);
  assert.match(errors, /\[wcag\/h37\]/); // <img> without alt text
});

test('the HTML gate accepts a small valid page', async () => {
  const page = '<!DOCTYPE html><html lang="en"><head><title>Ok</title></head><body><p>Fine.</p></body></html>';
  assert.equal(await htmlErrors(page, '/ok.html'), '');
});
