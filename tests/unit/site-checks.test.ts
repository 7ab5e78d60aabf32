import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { findLinkProblems, readSite } from '../support/site.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/site-broken');

test('the link checker reports each broken link with its page, and nothing that works', () => {
  const problems = findLinkProblems(dir, readSite(dir));
  assert.deepEqual(problems, [
    '/: duplicate id "dup"',
    '/: inline event handler onclick on <button>',
    '/: <a href="/methods/b/">: no such page or file',
    '/: <a href="/methods/a/#nowhere">: no element with id "nowhere" on /methods/a/',
    '/: <a href="#gone">: no element with id "gone" on /',
    '/: <a href="http://example.org/">: external links must use https',
    '/: <a href="https://exa mple.org/">: not a well-formed URL',
    '/: <link href="/_astro/missing.css">: no such page or file',
  ]);
});

test('under a base path, links outside it are reported', () => {
  const problems = findLinkProblems(dir, readSite(dir), '/atlas/');
  assert.ok(problems.includes('/: <a href="/methods/a/">: outside the site\'s base path /atlas/'));
});
