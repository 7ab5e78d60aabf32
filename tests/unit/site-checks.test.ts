import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { findLinkProblems, linkSpacingProblems, readSite, readingProblems } from '../support/site.ts';

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

test('the reading check reports a page whose content only a script puts in place', () => {
  const page = readSite(dir).find((candidate) => candidate.path === '/js-only.html')!;
  assert.deepEqual(readingProblems(page), [
    '/js-only.html: 0 top-level headings in its HTML, not 1',
    '/js-only.html: no main navigation in its HTML',
    '/js-only.html: 0 characters of text in <main> without scripts',
  ]);
});

test('the reading check ignores what is hidden until a script reveals it', () => {
  const text = 'Plain text a reader sees. '.repeat(10);
  const html = (extra: string) =>
    `<!doctype html><html lang="en"><body><nav aria-label="Main"></nav><main><h1>T</h1><p>${text}</p>${extra}</main></body></html>`;
  assert.deepEqual(readingProblems({ path: '/ok/', html: html('') }), []);
  assert.deepEqual(
    readingProblems({ path: '/two/', html: html('<div class="needs-js"><h1>Menu</h1></div><h1>Again</h1>') }),
    ['/two/: 2 top-level headings in its HTML, not 1'],
  );
});

test('the link spacing check reports an underlined space after a link and a space before punctuation, nothing else', () => {
  const page = (body: string) => ({ path: '/p/', html: `<p>${body}</p>` });
  assert.deepEqual(linkSpacingProblems(page('See <a href="/a/">\nAfter the survey\n</a> for more.')), [
    '/p/: link "After the survey" ends in an underlined space before "f"',
  ]);
  assert.deepEqual(linkSpacingProblems(page('<a href="/a/">HumanEval</a>  , <a href="/b/">LATS</a>')), [
    '/p/: a space between link "HumanEval" and the "," after it',
  ]);
  // Spaces that collapse into the one beside them, or end a line, show nothing.
  assert.deepEqual(linkSpacingProblems(page('See <a href="/a/">\nAfter the survey</a> for more.')), []);
  assert.deepEqual(linkSpacingProblems(page('<a href="/a/">arXiv:2504.21318 </a></p><details></details><p>')), []);
  assert.deepEqual(linkSpacingProblems(page('<a href="/a/">GRPO</a>, <a href="/b/">PPO</a>.')), []);
});
