/** Offline reading under /atlas/: the worker's scope, caches and offline page stay under the base path. */
import { test, expect } from '../e2e/fixtures.ts';

test('the worker serves the site under the base path offline', async ({ page, context }) => {
  // The worker comes with a reader's second page (src/scripts/register-worker.ts).
  await page.goto('chapters/introduction/');
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('atlas-opened'))).not.toBeNull();
  await page.goto('methods/grpo/');
  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((registration) => registration.scope));
  expect(new URL(scope).pathname).toBe('/atlas/');
  await expect.poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/atlas\/sw\.js$/);
  await page.waitForLoadState('networkidle');
  const names = await page.evaluate(() => caches.keys());
  for (const name of names.filter((each) => each.startsWith('atlas:'))) expect(name).toMatch(/^atlas:\/atlas\/:/);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group Relative Policy Optimization (GRPO)');
  await page.goto('chapters/introduction/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction');
  await page.goto('methods/ppo/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved for offline reading');
  await expect(page.locator('main').getByRole('link', { name: 'catalogue' })).toHaveAttribute(
    'href',
    '/atlas/methods/',
  );
  await context.setOffline(false);
});
