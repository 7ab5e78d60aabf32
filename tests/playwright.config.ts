import { defineConfig } from 'playwright/test';
import { findChromium } from './support/browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4329);
const basePort = port + 1;
const executablePath = findChromium();

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
    {
      // The same site built under /atlas/, as on a project page of a static host.
      name: 'base-path',
      testDir: './e2e-base',
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${basePort}/atlas/` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${basePort}`,
      cwd: '..',
      url: `http://127.0.0.1:${basePort}/atlas/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ATLAS_BASE: '/atlas/', ATLAS_OUT_DIR: 'dist-base' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
