import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPolicy, headersFile, mergePolicies, parsePolicy } from '../../src/lib/csp.ts';

test('policies are read directive by directive and merged source by source', () => {
  const one = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'unsafe-inline'");
  const two = parsePolicy("default-src 'self'; script-src 'self' 'sha256-b';");
  assert.deepEqual(one.get('script-src'), ["'self'", "'sha256-a'"]);
  assert.equal(
    formatPolicy(mergePolicies([one, two])),
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'",
  );
});

test('the headers file adds frame-ancestors and caches only fingerprinted assets for long', () => {
  const file = headersFile(["default-src 'self'; script-src 'self' 'sha256-a'"], '/atlas');
  assert.match(
    file,
    /^\/atlas\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'none'$/m,
  );
  assert.match(file, /^\/atlas\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
  assert.equal(file.match(/immutable/g)?.length, 1);
});
