/** The catalogue's facets, sort and text filter, and the state they keep in the URL. */
import { test, expect } from './fixtures.ts';

const visibleRows = (page: import('playwright/test').Page) => page.locator('#catalogue tbody tr:not([hidden])');

test('a kind facet narrows the table, updates the counts and goes into the URL', async ({ page }) => {
  await page.goto('/methods/');
  // The first page shows up to a page of rows; the status counts every entry of the catalogue.
  const rows = await page.locator('#catalogue tbody tr').count();
  await expect(page.getByRole('status')).toHaveText(/Entries 1–\d+ of \d+|\d+ of \d+ entries/);
  const total = Number(/of (\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(rows);
  const filters = page.getByRole('form', { name: 'Filter the catalogue' });
  const benchmarks = filters.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: /^Benchmark/ });
  const expected = Number(await benchmarks.locator('xpath=../span[@data-count]').textContent());
  await benchmarks.check();
  await expect(page).toHaveURL(/\/methods\/\?kind=benchmark$/);
  await expect(visibleRows(page)).toHaveCount(expected);
  for (const kind of await visibleRows(page).locator('td:nth-child(2)').allTextContents())
    expect(kind).toBe('Benchmark');
  await expect(page.getByRole('status')).toHaveText(`${expected} of ${total} entries`);
  // Other kinds keep the count they would add; tags now count benchmarks only.
  const mathCount = Number(await filters.locator('[data-count="tag:math"]').textContent());
  expect(mathCount).toBeGreaterThan(0);
  expect(mathCount).toBeLessThanOrEqual(expected);
});

test('the text filter matches names and aliases, and sorting by year orders the rows', async ({ page }) => {
  await page.goto('/methods/');
  await page.getByLabel('Filter by name').fill('ToT');
  await expect(visibleRows(page).getByRole('link', { name: 'Tree of Thoughts' })).toBeVisible();
  await page.getByLabel('Filter by name').fill('');
  await page.getByLabel('Sort').selectOption('year-desc');
  await expect(page).toHaveURL(/sort=year-desc/);
  // The URL changes at once; the rows are re-rendered when the data has arrived, which the status announces.
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ entries$/);
  const years = (await visibleRows(page).locator('td:nth-child(4)').allTextContents())
    .filter((year) => year !== '—')
    .map(Number);
  expect(years.length).toBeGreaterThan(10);
  expect(years).toEqual([...years].sort((a, b) => b - a));
});

test('a shared URL restores the filtered view, and Clear filters resets it', async ({ page }) => {
  await page.goto('/methods/?kind=algorithm&tag=mcts&sort=year-asc');
  const filters = page.getByRole('form', { name: 'Filter the catalogue' });
  await expect(filters.getByRole('checkbox', { name: /^Algorithm/ })).toBeChecked();
  await expect(filters.getByRole('checkbox', { name: /^mcts/ })).toBeChecked();
  await expect(page.getByLabel('Sort')).toHaveValue('year-asc');
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ entries$/);
  const count = await visibleRows(page).count();
  expect(count).toBeGreaterThan(0);
  for (const kind of await visibleRows(page).locator('td:nth-child(2)').allTextContents())
    expect(kind).toBe('Algorithm');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/methods\/$/);
  await expect(visibleRows(page)).toHaveCount(await page.locator('#catalogue tbody tr').count());
});

test('the catalogue loads its data only when a reader filters, once, and filters from the first paint', async ({
  page,
}) => {
  const data: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/methods/catalogue.json')) data.push(request.url());
  });
  await page.goto('/methods/', { waitUntil: 'networkidle' });
  // The filters are part of the first layout (no script reveals them), and nothing was fetched for them.
  await expect(page.getByRole('form', { name: 'Filter the catalogue' })).toBeVisible();
  expect(data).toEqual([]);
  await page.getByLabel('Filter by name').fill('tree');
  await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ entries$/);
  await page.getByLabel('Filter by name').fill('tree of');
  await expect(visibleRows(page).getByRole('link', { name: 'Tree of Thoughts' })).toBeVisible();
  expect(data).toHaveLength(1);
});
