/** With JavaScript off, every page still reads and navigates; search says it needs JavaScript. */
import { test, expect } from './fixtures.ts';
import { sitePaths, sweepPaths } from './pages.ts';
import { readableView } from '../support/gates.ts';
import { READING_PAGE } from '../support/site.ts';

test.use({ javaScriptEnabled: false });

/**
 * The reading pages among those the browser sweeps visit, a page of every shape and type (tests/support/sweep.ts):
 * every page has its heading, navigation and text in its HTML (tests/site/reading.test.ts); these show that CSS
 * without scripts shows them. Cut into slices, one test each, so Playwright's workers share the sweep.
 */
const SLICE = 10;
const readable = sweepPaths().filter((candidate) => READING_PAGE.test(candidate));

for (let start = 0; start < readable.length; start += SLICE) {
  const slice = readable.slice(start, start + SLICE);
  const pages = `sweep pages ${start + 1} to ${start + slice.length} of ${readable.length}`;
  test(`chapter, entry, reference and glossary ${pages} show their content and navigation`, async ({ page }) => {
    test.setTimeout(30_000 + slice.length * 1_000);
    for (const sitePath of slice) {
      await page.goto(sitePath);
      const seen = await readableView(page);
      expect(seen.headings, `${sitePath}: one visible top-level heading`).toEqual([true]);
      expect(seen.navigation, `${sitePath}: the main navigation, visible`).toEqual([true]);
      expect(seen.text, sitePath).toBeGreaterThan(200);
    }
  });
}

test('a chapter keeps its contents, citations and prev/next links', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/chapters/test-time-scaling/');
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first()).toBeVisible();
  await expect(page.locator('.prose-atlas a.cite').first()).toBeVisible();
  await expect(page.locator('section[aria-labelledby="works-cited"] li').first()).toBeVisible();
  await page.locator('a[rel="prev"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the catalogue pages together list every entry', async ({ page }) => {
  const entries = sitePaths().filter((candidate) => /^\/methods\/[^/]+\/$/.test(candidate));
  const pages = sitePaths().filter((candidate) => /^\/methods\/(page\/\d+\/)?$/.test(candidate));
  const links: string[] = [];
  for (const sitePath of pages) {
    await page.goto(sitePath);
    links.push(
      ...(await page
        .locator('#catalogue tbody th a')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).pathname))),
    );
  }
  expect(links.sort()).toEqual(entries.sort());
});

test('the search page explains that search needs JavaScript and offers the catalogue', async ({ page }) => {
  await page.goto('/search/?q=grpo');
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'catalogue' })).toBeVisible();
});

test('the header search link leads to the search page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).first().click();
  await expect(page).toHaveURL(/\/search\/$/);
});
