/**
 * Each browser-side gate run on a deliberately broken page from tests/fixtures/site-broken/, to prove that it
 * fails when it should. The pages are served from a made-up origin by request interception; nothing leaves the
 * machine (requests to any other origin are aborted after being recorded).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import {
  axeViolations,
  colourRules,
  cspProblems,
  injectionSigns,
  preloadAxe,
  readableView,
  recordForeignRequests,
  switchTheme,
} from '../support/gates.ts';

const ORIGIN = 'http://fixture.test';
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/site-broken');

test.beforeEach(async ({ context }) => {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const file = path.join(FIXTURES, url.pathname);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ body: readFileSync(file), contentType: 'text/html' });
  });
});

test.describe('on broken pages', () => {
  // The aborted tracker request shows in the console; it is the point of one of these tests.
  test.use({ expectedConsole: [/Failed to load resource/] });

  test('the accessibility gate reports the violations, with axe added per page or preloaded', async ({ page }) => {
    await page.goto(`${ORIGIN}/a11y.html`);
    const rules = (await axeViolations(page)).map((line) => line.split(':')[0]);
    expect(rules).toEqual(expect.arrayContaining(['color-contrast', 'label', 'button-name']));
    // As the sweep over every page runs it.
    await preloadAxe(page);
    await page.goto(`${ORIGIN}/a11y.html`);
    expect((await axeViolations(page)).map((line) => line.split(':')[0])).toEqual(rules);
  });

  test('the dark sweep reports colours that fail only once the page is switched to the dark theme', async ({
    page,
  }) => {
    await preloadAxe(page);
    await page.goto(`${ORIGIN}/dark-contrast.html`);
    expect(await axeViolations(page)).toEqual([]);
    await switchTheme(page, 'dark');
    const rules = (await axeViolations(page, await colourRules(page))).map((line) => line.split(':')[0]);
    expect(rules).toEqual(['color-contrast']);
  });

  test('the privacy gate reports a request to another origin', async ({ page }) => {
    const foreign = recordForeignRequests(page, ORIGIN);
    await page.goto(`${ORIGIN}/tracker.html`);
    await page.waitForLoadState('networkidle');
    expect(foreign()).toEqual(['https://tracker.example/pixel.gif']);
  });

  test('the CSP gate reports a missing or permissive policy', async ({ page }) => {
    await page.goto(`${ORIGIN}/tracker.html`);
    expect(await cspProblems(page)).toEqual(['no Content-Security-Policy']);
    await page.goto(`${ORIGIN}/weak-csp.html`);
    expect(await cspProblems(page)).toEqual([
      "script-src allows 'unsafe-inline'",
      'script-src allows other origins',
      "default-src is not 'self'",
    ]);
  });

  test('the injection gate reports markup injected through the query', async ({ page }) => {
    await page.goto(`${ORIGIN}/unsafe-search.html?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
    await expect
      .poll(() => injectionSigns(page))
      .toEqual(['window.__pwned was set', '1 injected element(s)', '<img> in #search-results']);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the no-JavaScript gate sees an empty page where content needs a script', async ({ page }) => {
    await page.goto(`${ORIGIN}/js-only.html`);
    const seen = await readableView(page);
    expect(seen.headings).toEqual([]);
    expect(seen.text).toBeLessThan(200);
  });
});
