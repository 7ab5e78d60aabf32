/**
 * /compare/: entries side by side from the URL, the picker that adds and removes them with the URL in step, the
 * "compare" links of entry pages, and the page without JavaScript.
 */
import { test, expect } from './fixtures.ts';

const columns = (page: import('./fixtures.ts').Page) =>
  page
    .locator('[data-compare-table] thead th')
    .evaluateAll((cells) => cells.map((cell) => cell.querySelector('a')!.textContent));

test('the URL names the entries; the table shows each one with its facts, equation, results and relations', async ({
  page,
}) => {
  await page.goto('/compare/?ids=ppo,grpo,dpo');
  await expect(page.locator('#compare-status')).toHaveText('Comparing 3 entries.');
  expect(await columns(page)).toEqual([
    'Proximal Policy Optimization (PPO)',
    'Group Relative Policy Optimization (GRPO)',
    'Direct Preference Optimization (DPO)',
  ]);
  const table = page.locator('[data-compare-table] table');
  const row = (label: string) =>
    table.locator('tbody tr', { has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row('Type')).toContainText('Algorithm');
  await expect(row('Needs').locator('td').nth(1)).toContainText('a frozen reference model for the KL penalty');
  // The key equation is KaTeX's rendering, drawn as its row nears the screen, with a link to it on the entry page.
  await row('Key equation').scrollIntoViewIfNeeded();
  await expect(row('Key equation').locator('td').nth(1).locator('.katex-display')).toBeVisible();
  await expect(row('Key equation').locator('td').nth(1).getByRole('link', { name: 'In context' })).toHaveAttribute(
    'href',
    '/methods/grpo/#eq-grpo-advantage',
  );
  await expect(row('Reports').locator('td').nth(1)).toContainText('MATH: 51.7% accuracy');
  await expect(row('Related').locator('td').nth(1)).toContainText('Extends');
  await expect(page.locator('[data-compare-among] li')).toContainText([
    'Group Relative Policy Optimization (GRPO) extends Proximal Policy Optimization (PPO)',
  ]);
});

test('the picker adds an entry by name and a column removes itself, keeping the URL in step', async ({ page }) => {
  await page.goto('/compare/?ids=ppo');
  await expect(page.locator('#compare-status')).toContainText('add at least one more entry');
  const input = page.getByLabel('Add an entry');
  await input.fill('Group Relative Policy Optimization (GRPO)');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/compare\/\?ids=ppo,grpo$/);
  await expect(page.locator('#compare-status')).toHaveText('Comparing 2 entries.');
  // An id typed by a reader who knows it works too; a name that is no entry is refused with a message.
  await input.fill('dpo');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page).toHaveURL(/\?ids=ppo,grpo,dpo$/);
  await input.fill('no such method');
  await input.press('Enter');
  await expect(page.locator('#compare-status')).toContainText('No entry is called "no such method"');
  await page.getByRole('button', { name: 'Remove Proximal Policy Optimization (PPO)' }).click();
  await expect(page).toHaveURL(/\?ids=grpo,dpo$/);
  // The URL changes at once; the table follows once the entries' data is in hand.
  await expect
    .poll(() => columns(page))
    .toEqual(['Group Relative Policy Optimization (GRPO)', 'Direct Preference Optimization (DPO)']);
  // The URL is the state: a reload shows the same comparison.
  await page.reload();
  await expect(page.locator('#compare-status')).toHaveText('Comparing 2 entries.');
  expect(await columns(page)).toEqual([
    'Group Relative Policy Optimization (GRPO)',
    'Direct Preference Optimization (DPO)',
  ]);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(page.locator('[data-compare-table]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Clear all' })).toBeDisabled();
});

test('unknown ids and a fifth entry are left out with a reason', async ({ page }) => {
  await page.goto('/compare/?ids=ppo,nope,grpo,dpo,best-of-n,self-consistency');
  await expect(page.locator('#compare-status')).toContainText('No entry "nope"; left out.');
  await expect(page.locator('#compare-status')).toContainText(
    'At most 4 entries fit side by side; left out self-consistency.',
  );
  await expect(page).toHaveURL(/\?ids=ppo,grpo,dpo,best-of-n$/);
  expect(await columns(page)).toHaveLength(4);
});

test('the suggested comparisons all load', async ({ page }) => {
  await page.goto('/compare/');
  const suggestions = await page
    .locator('[data-compare-start] a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')!));
  expect(suggestions.length).toBeGreaterThanOrEqual(3);
  for (const href of suggestions) {
    await page.goto(href);
    await expect(page.locator('#compare-status')).toHaveText(/^Comparing \d entries\.$/);
  }
});

test('the home page leads to the comparison', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare entries');
});

test('an entry page offers to compare it with its related entries', async ({ page }) => {
  await page.goto('/methods/grpo/');
  await page
    .getByRole('link', {
      name: 'Compare Group Relative Policy Optimization (GRPO) with Proximal Policy Optimization (PPO)',
      exact: true,
    })
    .click();
  await expect(page).toHaveURL(/\/compare\/\?ids=grpo,ppo$/);
  await expect(page.locator('#compare-status')).toHaveText('Comparing 2 entries.');
  await page.goto('/methods/grpo/');
  await page
    .getByRole('link', { name: /^Compare Group Relative Policy Optimization \(GRPO\) with .* side by side$/ })
    .click();
  await expect(page.locator('#compare-status')).toHaveText('Comparing 4 entries.');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the table scrolls inside its frame, not the page', async ({ page }) => {
    await page.goto('/compare/?ids=ppo,grpo,dpo,best-of-n');
    await expect(page.locator('#compare-status')).toHaveText('Comparing 4 entries.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const frame = page.locator('[data-compare-table]');
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says what it does and links the catalogue and the map', async ({ page }) => {
    await page.goto('/compare/?ids=ppo,grpo');
    await expect(page.getByText('so it needs JavaScript, which is off')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'catalogue' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'map' })).toBeVisible();
    await expect(page.getByLabel('Add an entry')).toBeHidden();
  });
});
