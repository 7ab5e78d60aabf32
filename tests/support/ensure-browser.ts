/**
 * Makes sure a Chromium is available before the end-to-end tests start. Where none is found it tries
 * Playwright's own download (works where the network allows it), then Debian's chromium package (works on
 * machines that reach only the package registries). Prints what it used; exits non-zero if all fail.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.ts';

function run(command: string, args: string[], timeoutMs: number): boolean {
  console.log(`ensure-browser: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

let browser = findChromium();
if (!browser) {
  console.log('ensure-browser: no Chromium found; installing one');
  run('npx', ['playwright', 'install', 'chromium'], 180_000);
  browser = findChromium();
}
if (!browser && process.platform === 'linux') {
  // `env` sets the variable for apt-get whether or not it has to go through sudo.
  const prefix = process.getuid?.() === 0 ? ['env'] : ['sudo', '-n', 'env'];
  const [command = 'env', ...args] = [...prefix, 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  run(command, [...args, 'update', '-qq'], 300_000);
  run(command, [...args, 'install', '-y', '-qq', 'chromium'], 600_000);
  browser = findChromium();
}
if (!browser) {
  console.error('ensure-browser: could not find or install Chromium; set CHROMIUM_PATH to a Chromium executable.');
  process.exit(1);
}
console.log(`ensure-browser: using ${browser}`);
