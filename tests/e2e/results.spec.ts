/**
 * Results as data, as a reader meets them: an entry's results table with each source on demand, a benchmark's
 * leaderboard (best first, re-sortable, warning where settings differ) and its progress chart with the data as a
 * table beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import { dist, sitePaths } from './pages.ts';

const html = (sitePath: string) => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
const entryPages = sitePaths().filter((sitePath) => /^\/methods\/[^/]+\/$/.test(sitePath));
const withChart = entryPages.filter((sitePath) => html(sitePath).includes('data-chart-data'));
const withWarning = entryPages.filter((sitePath) => html(sitePath).includes('data-leaderboard-warning'));

test('an entry renders its results from data, each source one click away', async ({ page }) => {
  await page.goto('/methods/math-shepherd/');
  const table = page.locator('table[data-results]');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  const first = table.locator('tbody tr').first();
  await expect(first).toContainText('GSM8K');
  await expect(first).toContainText('77.9% → 84.1%');
  const source = first.locator('details');
  await expect(source.getByRole('link', { name: /Wang et al\., 2024/ })).toBeHidden();
  await source.locator('summary').click();
  await expect(source.getByRole('link', { name: /Wang et al\., 2024/ })).toBeVisible();
  await expect(source).toContainText('abstract');
});

test('a leaderboard lists results best first and re-sorts by a column on request', async ({ page }) => {
  await page.goto('/methods/gsm8k/');
  const board = page.locator('table[data-leaderboard]').first();
  const values = () =>
    board
      .locator('tbody tr td:nth-child(3)')
      .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset['value'])));
  const initial = await values();
  expect(initial.length).toBeGreaterThan(1);
  expect(initial).toEqual([...initial].sort((a, b) => b - a));
  const resultHeader = board.locator('thead th').nth(2);
  await resultHeader.getByRole('button').click();
  await expect(resultHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await values()).toEqual([...initial].sort((a, b) => a - b));
  await resultHeader.getByRole('button').click();
  await expect(resultHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await values()).toEqual(initial);
  // Each row links to the entry that reports it.
  await expect(board.locator('tbody tr').first().locator('a[href^="/methods/"]')).toHaveCount(1);
});

test('a leaderboard warns in plain words where settings differ', async ({ page }) => {
  expect(withWarning.length).toBeGreaterThan(0);
  await page.goto(withWarning[0]!);
  await expect(page.locator('[data-leaderboard-warning]').first()).toContainText(
    /Settings differ, so these numbers are not directly comparable: .+ differ: /,
  );
});

test('a progress chart is an accessible SVG with its data as a table beside it', async ({ page }) => {
  expect(withChart.length, 'some benchmark has five dated results').toBeGreaterThan(0);
  await page.goto(withChart[0]!);
  const chart = page.getByRole('img', { name: /reported .+ by publication month/ });
  await expect(chart).toBeVisible();
  const description = await chart.locator('desc').textContent();
  expect(description).toMatch(/\d+ results from \d{4}-\d{2} to \d{4}-\d{2}; the highest is /);
  const rows = page.locator('table[data-chart-data] tbody tr');
  const points = await chart.locator('circle').count();
  expect(points).toBeGreaterThanOrEqual(1);
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  for (const row of await rows.all()) await expect(row.locator('a[href^="/methods/"]')).toHaveCount(1);
  // Every point names what it is.
  for (const title of await chart.locator('circle > title').allTextContents())
    expect(title).toMatch(/: .+, \d{4}-\d{2}$/);
});
