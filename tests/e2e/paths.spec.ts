/**
 * Reading paths: the list, a path's ordered steps with why each matters, progress kept in this browser, and the
 * links to paths from the home page and from the chapters they pass through.
 */
import { test, expect } from './fixtures.ts';

test('the list offers at least six paths, each opening its ordered steps', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Reading paths', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading paths');
  const paths = page.locator('main ol > li > a');
  expect(await paths.count()).toBeGreaterThanOrEqual(6);
  await page.getByRole('link', { name: 'From RLHF to GRPO' }).click();
  await expect(page).toHaveURL(/\/paths\/rlhf-to-grpo\/$/);
  const steps = page.locator('[data-reading-path] > li');
  expect(await steps.count()).toBeGreaterThanOrEqual(4);
  const titles = await steps.locator('a').allTextContents();
  expect(titles.indexOf('Proximal Policy Optimization (PPO)')).toBeLessThan(
    titles.indexOf('Group Relative Policy Optimization (GRPO)'),
  );
  // Every step says why it is there.
  for (const step of await steps.all()) expect((await step.locator('p').textContent())!.length).toBeGreaterThan(20);
});

test('progress is kept in this browser and counted', async ({ page }) => {
  await page.goto('/paths/process-reward-models/');
  const boxes = page.getByRole('checkbox', { name: 'Read' });
  const total = await boxes.count();
  const progress = page.locator('#path-progress');
  await expect(progress).toHaveText(`0 of ${total} steps read`);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(progress).toHaveText(`2 of ${total} steps read`);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(progress).toHaveText(`2 of ${total} steps read`);
  await boxes.nth(0).uncheck();
  await expect(progress).toHaveText(`1 of ${total} steps read`);
  // Another path keeps its own progress.
  await page.goto('/paths/training-free/');
  await expect(page.locator('#path-progress')).toHaveText(/^0 of \d+ steps read$/);
});

test('a chapter links to the paths that pass through it', async ({ page }) => {
  await page.goto('/chapters/test-time-scaling/');
  const line = page.locator('[data-reading-paths]');
  await line.getByRole('link', { name: 'From chain-of-thought to tree search' }).click();
  await expect(page).toHaveURL(/\/paths\/chain-of-thought-to-tree-search\/$/);
  await expect(page.locator('[data-reading-path]')).toContainText('Test-time scaling');
});
