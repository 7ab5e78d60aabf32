/**
 * Work after the survey is marked wherever it appears: its chapter and entries carry a note, the catalogue has a
 * facet and a mark for it, and the survey's chapters point to it from "Since the survey" boxes.
 */
import { test, expect } from './fixtures.ts';

test('the chapter and its entries say they are not the survey’s account', async ({ page }) => {
  await page.goto('/chapters/after-the-survey/');
  await expect(page.locator('article header [data-after-survey]')).toContainText('Added after the survey');
  await expect(page.locator('article header')).toContainText('Not a section of the survey');
  await page.goto('/methods/dapo/');
  await expect(page.locator('article header [data-after-survey]')).toContainText('The survey does not cover this work');
  await expect(page.locator('article header span', { hasText: /^After the survey$/ })).toBeVisible();
  await page.locator('article header [data-after-survey]').getByRole('link', { name: 'After the survey' }).click();
  await expect(page).toHaveURL(/\/chapters\/after-the-survey\/$/);
  // An entry from the survey's scope has no such note.
  await page.goto('/methods/grpo/');
  await expect(page.locator('[data-after-survey]')).toHaveCount(0);
});

test('the catalogue filters by source and marks each row added after the survey', async ({ page }) => {
  await page.goto('/methods/');
  await page.getByRole('checkbox', { name: /Added after the survey/ }).check();
  await expect(page).toHaveURL(/source=after-survey/);
  // The URL changes at once; the rows follow when the catalogue's data has arrived and the status says how many.
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ of \d+ entries$/);
  const rows = page.locator('#catalogue tbody tr');
  const count = await rows.count();
  await expect(status).toHaveText(new RegExp(`^${count} of `));
  expect(count).toBeGreaterThanOrEqual(30);
  await expect(rows.locator('[data-after-survey]')).toHaveCount(count);
  await expect(rows.filter({ hasText: 'DAPO' }).first()).toBeVisible();
  await expect(rows.filter({ has: page.getByRole('link', { name: 'Math-Shepherd', exact: true }) })).toHaveCount(0);
});

test('"Since the survey" boxes in the survey’s chapters lead to the sections of the new chapter', async ({ page }) => {
  await page.goto('/chapters/learning-to-reason/');
  const box = page.locator('[data-since-survey]').first();
  await expect(box).toContainText('Since the survey');
  await box.getByRole('link', { name: 'Fixing GRPO' }).click();
  await expect(page).toHaveURL(/\/chapters\/after-the-survey\/#fixing-grpo-clipping-aggregation-and-sampling$/);
  await expect(page.locator('#fixing-grpo-clipping-aggregation-and-sampling')).toBeInViewport();
  for (const chapter of [
    'data-construction',
    'test-time-scaling',
    'path-to-large-reasoning-models',
    'evaluation-benchmarks',
  ]) {
    await page.goto(`/chapters/${chapter}/`);
    await expect(page.locator('[data-since-survey] a[href*="/chapters/after-the-survey/#"]').first()).toBeVisible();
  }
});

test('search finds the new entries by name and alias', async ({ page }) => {
  for (const [query, title] of [
    ['DAPO', 'DAPO'],
    ['clip-higher', 'DAPO'],
    ['budget forcing', 's1 (simple test-time scaling)'],
    ['Humanity’s Last Exam', "Humanity's Last Exam"],
    ['HLE', "Humanity's Last Exam"],
  ] as const) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('ol#search-results > li').first(), query).toContainText(title.split(' (')[0]!);
  }
});
