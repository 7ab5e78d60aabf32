import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBuildLog, parseDuration, searchIndexLine } from '../bench/build-log.ts';

const LOG = `21:32:51 [types] Generated 8.68s
21:32:51 [build] Collecting build info...
21:32:51 [build] \u001b[32m✓ Completed in 21.91s.\u001b[39m
21:32:51 [build] Building static entrypoints...
21:33:50 [vite] ✓ built in 58.85s
21:33:51 [vite] ✓ built in 226ms
21:33:51 [build] Rearranging server assets...
 generating static routes 
21:33:51   ├─ /404.html (+619ms) 
21:33:55 ✓ Completed in 4.26s.
21:33:55 [build] ✓ Completed in 1m 4s.
21:34:00 [atlas:search-index] 302 records; 104 index files (largest 7.4 kB)
21:34:00 [build] 157 page(s) built in 1m 30s
21:34:00 [build] Complete!
`;

test('parseDuration reads the durations Astro prints', () => {
  assert.equal(parseDuration('226ms'), 0.226);
  assert.equal(parseDuration('21.91s'), 21.91);
  assert.equal(parseDuration('1m 4s'), 64);
  assert.equal(parseDuration('2m'), 120);
  assert.ok(Number.isNaN(parseDuration('soon')));
});

test('parseBuildLog splits a build into its phases', () => {
  const phases = parseBuildLog(LOG);
  assert.equal(phases.pages, 157);
  assert.equal(phases.total, 90);
  assert.equal(phases.setup, 21.91);
  assert.ok(Math.abs(phases.bundle - 59.076) < 1e-9);
  assert.equal(phases.render, 4.26);
  assert.ok(Math.abs(phases.other - 0.664) < 1e-9);
  assert.ok(Math.abs(phases.after - 4.09) < 1e-9);
  assert.equal(searchIndexLine(LOG), '302 records; 104 index files (largest 7.4 kB)');
});

test('a phase missing from the log is NaN, not a guess', () => {
  const phases = parseBuildLog('[build] 3 page(s) built in 2.5s');
  assert.equal(phases.pages, 3);
  assert.equal(phases.total, 2.5);
  assert.ok(Number.isNaN(phases.render));
  assert.equal(searchIndexLine('nothing'), undefined);
});
