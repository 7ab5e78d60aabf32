/**
 * Finds a Chromium the end-to-end tests can drive, in this order: an explicit path in CHROMIUM_PATH, the
 * browser Playwright downloaded into its own cache, then the system's Chromium (Debian's package installs
 * /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightCachedChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Path of a Chromium executable, or undefined when this machine has none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return playwrightCachedChromium() ?? SYSTEM_PATHS.find((path) => existsSync(path));
}
