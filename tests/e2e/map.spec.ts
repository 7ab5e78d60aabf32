/**
 * /map/: every entry under its stage, drawn and listed; the filter by type; the links to it from the home page and
 * from each entry; readable on a phone.
 */
import { test, expect } from './fixtures.ts';

test('every stage lists its entries, with a drawing whose boxes link the same entries', async ({ page }) => {
  await page.goto('/map/');
  const stages = page.locator('[data-map-stage]');
  expect(await stages.count()).toBeGreaterThanOrEqual(6);
  let listed = 0;
  for (const stage of await stages.all()) {
    const listHrefs = await stage
      .locator('li[data-kind] > a:first-child')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const drawnHrefs = await stage
      .locator('svg a[data-node]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(drawnHrefs.sort()).toEqual([...listHrefs].sort());
    listed += listHrefs.length;
  }
  // Every entry of the catalogue is on the map exactly once: as many as the home page counts.
  const hrefs = await stages
    .locator('li[data-kind] > a:first-child')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(listed);
  await page.goto('/');
  const total = Number(/Browse (\d+) entries/.exec((await page.locator('main').textContent()) ?? '')?.[1]);
  expect(listed).toBe(total);
  // A relation GRPO declares shows in the list and as an arrow from PPO to GRPO.
  await page.goto('/map/');
  const rl = page.locator('[data-map-stage="reinforcement-learning"]');
  await expect(rl.locator('li[data-kind]:has(> a[href="/methods/grpo/"])')).toContainText(
    'Extends Proximal Policy Optimization (PPO)',
  );
  await expect(rl.locator('svg path[data-from="ppo"][data-to="grpo"]').first()).toBeAttached();
});

test('the type filter dims other boxes, hides other list items and says how many are shown', async ({ page }) => {
  await page.goto('/map/');
  await page.getByLabel('Type').selectOption('benchmark');
  const shown = page.locator('[data-map-stage] li[data-kind]:not([hidden])');
  const count = await shown.count();
  expect(count).toBeGreaterThan(5);
  for (const kind of await shown.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['kind'])))
    expect(kind).toBe('benchmark');
  await expect(page.locator('#map-status')).toHaveText(`${count} entries of this type`);
  const lit = page.locator('svg a[data-node]:not(.dim)');
  expect(await lit.count()).toBe(count);
  await expect(page.locator('svg a[data-node="grpo"]')).toHaveClass(/dim/);
  // A stage without benchmarks says so.
  await expect(page.locator('[data-map-stage="reinforcement-learning"] [data-map-none]')).toBeVisible();
  await page.getByLabel('Type').selectOption('');
  await expect(page.locator('svg .dim')).toHaveCount(0);
  await expect(page.locator('#map-status')).toHaveText('');
});

test('the home page and every entry lead to the map', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map of the field');
  await page.goto('/methods/grpo/');
  await page.getByRole('link', { name: 'Reinforcement learning on the map' }).click();
  await expect(page).toHaveURL(/\/map\/#stage-reinforcement-learning$/);
  await expect(page.locator('#stage-reinforcement-learning')).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the page does not scroll sideways; the drawings scroll inside their frame', async ({ page }) => {
    await page.goto('/map/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const frame = page.locator('[data-map-stage="test-time"] [data-map-diagram]');
    const { clientWidth, scrollWidth } = await frame.evaluate((element) => ({
      clientWidth: element.clientWidth,
      scrollWidth: element.scrollWidth,
    }));
    expect(clientWidth).toBeLessThanOrEqual(390);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });
});
