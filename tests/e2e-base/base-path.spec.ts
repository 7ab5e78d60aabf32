/** The site built under /atlas/ (ATLAS_BASE): links, assets, math, previews and search all stay under it. */
import { test, expect } from '../e2e/fixtures.ts';

test('pages, styles and fonts load under the base path', async ({ page }) => {
  const responses: { url: string; status: number }[] = [];
  page.on('response', (response) => responses.push({ url: response.url(), status: response.status() }));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reasoning Atlas');
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(/\/atlas\/chapters\/introduction\/$/);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/atlas\/chapters\/[a-z0-9-]+\/$/);
  await page.waitForLoadState('networkidle');
  for (const { url, status } of responses) {
    expect(new URL(url).pathname, url).toMatch(/^\/atlas\//);
    expect(status, url).toBeLessThan(400);
  }
  const bodyFont = await page
    .locator('.prose-atlas p')
    .first()
    .evaluate((node) => getComputedStyle(node).fontFamily);
  expect(bodyFont).toContain('Source Serif 4 Variable');
  expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4 Variable"'))).toBe(true);
});

test('math, previews and entry links work under the base path', async ({ page }) => {
  await page.goto('chapters/test-time-scaling/');
  await expect(page.locator('#eq-majority-vote .katex-display math')).toHaveCount(1);
  const citation = page.locator('.prose-atlas [data-preview]:has(a.cite)').first();
  await citation.locator('a').hover();
  await expect(citation.getByRole('tooltip')).toBeVisible();
  expect(await citation.locator('a').getAttribute('href')).toMatch(/^\/atlas\/references\/#/);
  const entry = page.locator('.prose-atlas a.entry-link').first();
  expect(await entry.getAttribute('href')).toMatch(/^\/atlas\/methods\/[a-z0-9-]+\/$/);
});

test('search finds entries and links to them under the base path', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await dialog.getByRole('searchbox').fill('Math-Shepherd');
  const first = dialog.locator('#search-dialog-results > li > a').first();
  await expect(first).toHaveAttribute('href', /^\/atlas\/methods\/math-shepherd\//);
  await page.goto('search/?q=self-consistency');
  await expect(page.locator('ol#search-results > li > a').first()).toHaveAttribute(
    'href',
    /^\/atlas\/methods\/self-consistency\//,
  );
});
