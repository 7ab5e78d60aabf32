/**
 * /timeline/: entries by the month they first appeared, filters by type and stage, the milestones marked, and
 * the links to it from the home page and from every dated entry.
 */
import { test, expect } from './fixtures.ts';

const monthIds = (page: import('./fixtures.ts').Page) =>
  page.locator('[data-timeline-month]:not([hidden]) h3').evaluateAll((headings) => headings.map((h) => h.id));

test('months run in time order and the milestones are marked', async ({ page }) => {
  await page.goto('/timeline/');
  const months = await monthIds(page);
  expect(months.length).toBeGreaterThan(10);
  expect([...months].sort()).toEqual(months);
  const september = page.locator('[data-timeline-month]', { has: page.locator('#m-2024-09') });
  await expect(september.getByRole('link', { name: 'OpenAI o1', exact: true })).toBeVisible();
  await expect(september.locator('[data-milestone]')).toHaveText('OpenAI o1 released');
  const january = page.locator('[data-timeline-month]', { has: page.locator('#m-2025-01') });
  await expect(january.locator('[data-milestone]')).toContainText('DeepSeek-R1');
  // The open-source attempts of the survey's Table 2 carry its mark.
  await expect(page.locator('li', { has: page.getByRole('link', { name: 'OpenR', exact: true }) })).toContainText(
    'Table 2',
  );
});

test('filters by type and stage leave only matching entries, hide empty months and say how many', async ({ page }) => {
  await page.goto('/timeline/');
  const all = await page.locator('[data-timeline-month] li').count();
  await page.getByLabel('Type').selectOption('benchmark');
  const shown = page.locator('[data-timeline-month] li:not([hidden])');
  const count = await shown.count();
  expect(count).toBeGreaterThan(3);
  expect(count).toBeLessThan(all);
  for (const kind of await shown.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['kind'])))
    expect(kind).toBe('benchmark');
  await expect(page.locator('#timeline-status')).toHaveText(`${count} entries shown`);
  for (const month of await page.locator('[data-timeline-month]:not([hidden])').all())
    await expect(month.locator('li:not([hidden])').first()).toBeVisible();
  await page.getByLabel('Stage').selectOption('reinforcement-learning');
  await expect(page.locator('#timeline-status')).toHaveText(/^(0 entries|1 entry|\d+ entries) shown$/);
  for (const item of await shown.evaluateAll((items) =>
    items.map((element) => [(element as HTMLElement).dataset['kind'], (element as HTMLElement).dataset['stage']]),
  ))
    expect(item).toEqual(['benchmark', 'reinforcement-learning']);
  await page.getByLabel('Type').selectOption('');
  await page.getByLabel('Stage').selectOption('');
  await expect(shown).toHaveCount(all);
  await expect(page.locator('#timeline-status')).toHaveText('');
});

test('the home page and every dated entry link to the timeline', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await page.goto('/methods/grpo/');
  await page.getByRole('link', { name: 'February 2024 on the timeline' }).click();
  await expect(page).toHaveURL(/\/timeline\/#m-2024-02$/);
  await expect(page.locator('#m-2024-02')).toBeInViewport();
  await expect(page.locator('[data-timeline-month]', { has: page.locator('#m-2024-02') })).toContainText('GRPO');
});
