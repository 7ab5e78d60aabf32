/**
 * Bad content must fail the build with a message that names the file and the field. Each case overlays the
 * files of tests/fixtures/<case>/ on the valid set in tests/fixtures/base/, builds the site from it and checks
 * the build's exit code and output. The base set itself must build, so each failure is the overlay's doing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests', 'fixtures');

/** Case folder -> patterns the build output must contain (file, then field or key). */
const CASES: Record<string, RegExp[]> = {
  'missing-summary': [/methods\/alpha-method\.mdx/, /summary/],
  'mistyped-kind': [/methods\/alpha-method\.mdx/, /kind: Invalid option/],
  'unknown-field': [/methods\/alpha-method\.mdx/, /rating/],
  'malformed-arxiv': [/methods\/alpha-method\.mdx/, /arxiv: must be an arXiv id/],
  'unknown-related': [/methods\/beta-benchmark\.mdx: related\[0\]\.entry: no catalogue entry "gamma-method"/],
  'unknown-paper': [/methods\/alpha-method\.mdx: paper: no entry "nobody2099missing" in references\.bib/],
  'unknown-citation': [/chapters\/second\.mdx: <Cite key="nobody2099missing">: no entry/],
  'unknown-entry-link': [/chapters\/first\.mdx: <M id="omega-method">: no catalogue entry/],
  'unknown-term': [/chapters\/first\.mdx: <Term id="no-such-term">: no glossary term/],
  'unknown-route': [/chapters\/first\.mdx: link "\/methods\/no-such-entry\/": no page at that route/],
  'duplicate-order': [/chapters\/second\.mdx: order: 1 is already used by .*chapters\/first\.mdx/],
  'malformed-bibtex': [/references\.bib: malformed BibTeX: .*at line \d+/],
  'malformed-published': [/methods\/alpha-method\.mdx/, /published: must be a month like 2024-09/],
  'published-mismatch': [
    /methods\/alpha-method\.mdx: published: 2020-03 is not the month of its arXiv id 2001\.00001 \(2020-01\)/,
  ],
  'key-equation-unknown': [
    /methods\/alpha-method\.mdx: keyEquation: the body has no <Equation id="eq-omega"> with display math/,
  ],
  'revised-before-added': [/chapters\/first\.mdx: revised: 2019-12-31 is before added \(2020-01-01\)/],
  'chapter-without-survey': [
    /chapters\/second\.mdx: survey: missing; give the survey section, or set afterSurvey: true/,
  ],
  'missing-needs': [/methods\/beta-benchmark\.mdx/, /needs/],
  'needs-markup': [/methods\/alpha-method\.mdx/, /needs\.0: must be plain text/],
  'path-unknown-step': [/paths\/fixture-path\.yaml: steps\[1\]\.entry: no catalogue entry "omega-method"/],
  'arxiv-mismatch': [/methods\/alpha-method\.mdx: arxiv: "2001\.00009" differs from the eprint "2001\.00001"/],
  'shared-alias': [/methods\/beta-benchmark\.mdx: aliases: "AM" is also a name of .*methods\/alpha-method\.mdx/],
  'glossary-unknown-entry': [/glossary\.yaml: term "fixture-term": entry: no catalogue entry "omega-method"/],
  'result-without-source': [/methods\/alpha-method\.mdx/, /results\.0\.source/],
  'result-out-of-range': [/methods\/alpha-method\.mdx/, /results\.0\.value/, /178 is outside the range of accuracy/],
  'result-unknown-benchmark': [/methods\/alpha-method\.mdx/, /omega-benchmark/],
  'result-not-a-benchmark': [
    /methods\/alpha-method\.mdx: results\[0\]\.benchmark: "alpha-method" is a method, not a benchmark or dataset/,
  ],
  'result-unknown-source': [
    /methods\/alpha-method\.mdx: results\[0\]\.source\.key: no entry "nobody2099missing" in references\.bib/,
  ],
};

/**
 * Fixture builds run as many at a time as there are cores (at least two): each build is one Astro process that
 * keeps about one core busy, and the 21 builds one after another were the longest step before the browser tests.
 */
const BUILDS_AT_ONCE = Math.max(2, availableParallelism());

/**
 * What a build needs of the project besides its content. Each fixture builds a copy of these in its own folder:
 * Astro writes the content modules it then imports into `.astro/` under the project root, so builds side by side in
 * one root would read each other's content (and the real site's `.astro/` is left alone).
 */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];

/** Builds the base set with `overlay` laid over it, in a temporary folder; resolves with the exit code and output. */
async function buildFixture(overlay?: string): Promise<{ status: number | null; output: string }> {
  const work = mkdtempSync(path.join(tmpdir(), 'atlas-fixture-'));
  try {
    for (const name of PROJECT_FILES) cpSync(path.join(root, name), path.join(work, name), { recursive: true });
    symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
    const content = path.join(work, 'content');
    cpSync(path.join(fixtures, 'base'), content, { recursive: true });
    if (overlay) cpSync(path.join(fixtures, overlay), content, { recursive: true });
    const child = spawn(
      path.join(root, 'node_modules', '.bin', 'astro'),
      ['build', '--outDir', path.join(work, 'dist')],
      {
        cwd: work,
        timeout: 120_000,
        env: {
          ...process.env,
          ATLAS_CONTENT_DIR: content,
          ATLAS_CACHE_DIR: path.join(work, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [status] = (await once(child, 'close')) as [number | null];
    return { status, output: `${stdout}\n${stderr}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('fixture builds', { concurrency: BUILDS_AT_ONCE }, () => {
  test('the base fixture builds', async () => {
    const { status, output } = await buildFixture();
    assert.equal(status, 0, output);
  });

  for (const [overlay, patterns] of Object.entries(CASES)) {
    test(`${overlay} fails the build, naming the file and the field`, async () => {
      const { status, output } = await buildFixture(overlay);
      assert.notEqual(status, 0, `the build should fail:\n${output}`);
      for (const pattern of patterns) assert.match(output, pattern);
    });
  }
});
