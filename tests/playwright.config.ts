import { defineConfig } from 'playwright/test';
import { findChromium } from './support/browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4329);
const basePort = port + 1;
const executablePath = findChromium();
/** Another build to test (the scale bench's): its folder, served alone, without the base-path build. */
const otherDist = process.env['ATLAS_DIST'];

const siteServer = {
  command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
  cwd: '..',
  url: `http://127.0.0.1:${port}/`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...(otherDist ? { ATLAS_OUT_DIR: otherDist } : {}) },
  reuseExistingServer: false,
  timeout: 60_000,
};
const basePathServer = {
  command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${basePort}`,
  cwd: '..',
  url: `http://127.0.0.1:${basePort}/atlas/`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', ATLAS_BASE: '/atlas/', ATLAS_OUT_DIR: 'dist-base' },
  reuseExistingServer: false,
  timeout: 60_000,
};

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  timeout: 30_000,
  use: {
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // The flags keep Chromium from calling home on a machine with no network; --no-sandbox lets it run as root.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'site', testDir: './e2e', use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${port}` } },
    // The same site built under /atlas/, as on a project page of a static host.
    ...(otherDist
      ? []
      : [
          {
            name: 'base-path',
            testDir: './e2e-base',
            use: { browserName: 'chromium' as const, baseURL: `http://127.0.0.1:${basePort}/atlas/` },
          },
        ]),
  ],
  webServer: otherDist ? [siteServer] : [siteServer, basePathServer],
});
