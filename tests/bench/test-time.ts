/**
 * How long `npm test` takes at a size of the atlas, measured stage by stage for bench:scale. The stages whose work
 * grows with the catalogue are timed at every size: lint (its type check syncs the content), the site's build (run
 * twice by `npm test`, once under a base path), the static checks over every built page, and the browser sweeps
 * (axe and reading without JavaScript, on the pages tests/support/sweep.ts picks). The stages whose work does not
 * (unit tests, fixture builds, the other end-to-end tests) are timed once, on the real content. Each stage runs
 * as `npm test` runs it, with its own pass or fail; installing packages and the browser is not counted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export interface StageTime {
  stage: string;
  seconds: number;
  ok: boolean;
  /** The end of what a failed stage printed. */
  tail?: string;
}

/** Runs a command and times it; never throws. */
function timed(stage: string, command: string, args: string[], cwd: string, env: Record<string, string>): StageTime {
  const start = performance.now();
  const run = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', CI: '1', ...env },
  });
  const seconds = (performance.now() - start) / 1000;
  const ok = run.status === 0;
  return {
    stage,
    seconds,
    ok,
    ...(ok ? {} : { tail: `${run.stdout ?? ''}\n${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n') }),
  };
}

/** The project's tracked files, outside content/, copied to `folder` beside a copy of `content`. */
function projectWith(root: string, content: string, folder: string): string {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error('git ls-files failed: the bench needs the project as a git checkout');
  mkdirSync(folder, { recursive: true });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (file.startsWith('content/')) continue;
    cpSync(path.join(root, file), path.join(folder, file), { recursive: true });
  }
  cpSync(content, path.join(folder, 'content'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'));
  return folder;
}

/**
 * The stages that grow with the catalogue, for the content in `content` built into `dist` (whose build took
 * `buildSeconds`). Lint runs in a copy of the project under `work`, so its generated types stay there.
 */
export function growingStages(
  root: string,
  work: string,
  content: string,
  dist: string,
  buildSeconds: number,
  e2ePort: number,
): StageTime[] {
  const project = projectWith(root, content, path.join(work, 'project'));
  const site = { ATLAS_DIST: dist, ATLAS_CONTENT_DIR: content };
  return [
    timed('lint', 'npm', ['run', 'lint', '--silent'], project, {}),
    { stage: 'build', seconds: buildSeconds, ok: true },
    // The base-path build does the same work under another base.
    { stage: 'build:base (as build)', seconds: buildSeconds, ok: true },
    timed('test:site', 'node', ['--test', 'tests/site/*.test.ts'], root, site),
    timed('test:site (base links)', 'node', ['--test', 'tests/site/links.test.ts'], root, site),
    timed(
      'e2e: sweeps',
      'npx',
      ['playwright', 'test', '-c', 'tests/playwright.config.ts', '--grep', 'sweep pages'],
      root,
      { ...site, E2E_PORT: String(e2ePort) },
    ),
  ];
}

/** The stages that do not grow with the catalogue, timed on the real content built into `dist`. */
export function constantStages(root: string, dist: string, e2ePort: number): StageTime[] {
  return [
    timed('test:unit', 'npm', ['run', 'test:unit', '--silent'], root, {}),
    timed('test:fixtures', 'npm', ['run', 'test:fixtures', '--silent'], root, {}),
    timed(
      'e2e: the rest',
      'npx',
      ['playwright', 'test', '-c', 'tests/playwright.config.ts', '--grep-invert', 'sweep pages'],
      root,
      { ATLAS_DIST: dist, E2E_PORT: String(e2ePort) },
    ),
  ];
}
