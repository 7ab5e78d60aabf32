import { test, expect } from './fixtures.ts';

test('no page view loads Pagefind until the reader shows intent to search', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/chapters/introduction/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('link', { name: 'Search' }).first().hover();
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => requests.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(0);
});

test('the header button opens the dialog; typing shows typed results; arrows and Enter open one', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await dialog.getByRole('searchbox').fill('Math-Shepherd');
  const first = dialog.locator('#search-dialog-results > li').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', /\/methods\/math-shepherd\//);
  await expect(first).toContainText('Reward model');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “Math-Shepherd”/);
  await page.keyboard.press('ArrowDown');
  await expect(first.locator('a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/methods\/math-shepherd\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Math-Shepherd');
});

test('Ctrl+K opens the dialog and Escape closes it', async ({ page }) => {
  await page.goto('/methods/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the search page renders ranked results from the query in the URL', async ({ page }) => {
  await page.goto('/search/?q=self-consistency');
  await expect(page.getByRole('searchbox', { name: 'Search chapters and entries' })).toHaveValue('self-consistency');
  const items = page.locator('ol#search-results > li');
  await expect(items.first()).toBeVisible();
  await expect(items.first().locator('a').first()).toHaveAttribute('href', /\/methods\/self-consistency\//);
});

for (const [query, slug] of [
  ['PRM', 'process-reward-model'],
  ['ToT', 'tree-of-thoughts'],
  ['ReST-MCTS*', 'rest-mcts-star'],
  ['ReST-EM', 'rest-em'],
  ['pass@k', 'pass-at-k'],
  ['o1', 'openai-o1'],
  ['STaR', 'star'],
  ['Best-of-N', 'best-of-n'],
  ['self consistency', 'self-consistency'],
  ['monte carlo tree search', 'monte-carlo-tree-search'],
]) {
  test(`"${query}" puts its entry first as the best match`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query!)}`);
    const first = page.locator('ol#search-results > li').first();
    await expect(first.locator('a').first()).toHaveAttribute('href', new RegExp(`^/methods/${slug}/`));
    await expect(first).toContainText('Best match');
    // The pinned entry is not listed a second time.
    const hrefs = await page
      .locator('ol#search-results > li > a:first-child')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs.filter((href) => href === `/methods/${slug}/`)).toHaveLength(1);
  });
}

test('the kind filter narrows results and is kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=math');
  const items = page.locator('ol#search-results > li');
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for “math”/);
  const unfiltered = await items.count();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('Benchmark');
  await expect(page).toHaveURL(/[?&]kind=Benchmark/);
  await expect.poll(() => items.count()).toBeLessThan(unfiltered);
  const texts = await items.allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toContain('Benchmark');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Kind' })).toHaveValue('Benchmark');
});

test('the index holds only chapter and entry pages, with their kind as metadata', async ({ page }) => {
  // A page that does not load Pagefind itself, so this test's own import is the only client.
  await page.goto('/glossary/');
  const pages = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const urls = new Map<string, string>();
    for (const word of ['the', 'model', 'reasoning', 'reference', 'glossary', 'search']) {
      const response = await pagefind.search(word);
      for (const result of response.results) {
        const data = await result.data();
        urls.set(data.url, data.meta.kind);
      }
    }
    return [...urls];
  });
  expect(pages.length).toBeGreaterThan(5);
  for (const [url, kind] of pages) {
    expect(url).toMatch(/^\/(chapters|methods)\/[a-z0-9-]+\/$/);
    expect(kind).toBeTruthy();
  }
});

test('Escape closes the dialog even with a query typed, and focus returns to the page', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await dialog.getByRole('searchbox').fill('grpo');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the page a result opens highlights the query in its text', async ({ page }) => {
  await page.goto('/search/?q=completer');
  const first = page.locator('ol#search-results > li > a').first();
  await expect(first).toHaveAttribute('href', /highlight=completer/);
  await first.click();
  const marks = page.locator('.prose-atlas mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('completer');
});
