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

test('facet chips narrow results with counts, are kept in the URL and survive a reload', async ({ page }) => {
  await page.goto('/search/?q=math');
  const items = page.locator('ol#search-results > li');
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for “math”/);
  const total = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  const chip = page.getByRole('group', { name: 'Type' }).getByRole('button', { name: /^Benchmark \(\d+\)$/ });
  const count = Number((await chip.textContent())!.match(/\((\d+)\)/)![1]);
  expect(count).toBeLessThan(total);
  await chip.click();
  await expect(page).toHaveURL(/[?&]kind=Benchmark/);
  await expect(page.getByRole('status')).toHaveText(`${count} ${count === 1 ? 'result' : 'results'} for “math”`);
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  for (const text of await items.allInnerTexts()) expect(text).toContain('Benchmark');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Type' }).getByRole('button', { name: /^Benchmark/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page
    .getByRole('group', { name: 'Type' })
    .getByRole('button', { name: /^Benchmark/ })
    .click();
  await expect(page).not.toHaveURL(/kind=/);
  await expect(page.getByRole('status')).toHaveText(`${total} results for “math”`);
});

test('the index holds chapter sections, entries and glossary terms, each with its type', async ({ page }) => {
  // A page that does not load Pagefind itself, so this test's own import is the only client.
  await page.goto('/glossary/');
  const pages = await page.evaluate(async () => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const data = (await (await fetch('/search-data.json')).json()) as {
      ids: { prefix: string; suffix: string };
      facets: Record<string, { values: string[]; pages: number[][] }>;
    };
    const kind = data.facets['kind']!;
    const found = new Map<string, string>();
    for (const word of ['the', 'model', 'reasoning', 'reward', 'glossary', 'search']) {
      const response = await pagefind.search(word);
      for (const result of response.results.slice(0, 60)) {
        const number = Number(result.id.slice(data.ids.prefix.length, -data.ids.suffix.length));
        const { url } = await result.data();
        found.set(url, kind.values[kind.pages[number]![0]!]!);
      }
    }
    return [...found];
  });
  const kinds = new Set(pages.map(([, kind]) => kind));
  for (const kind of ['Chapter section', 'Glossary term']) expect(kinds).toContain(kind);
  for (const [url, kind] of pages) {
    expect(url).toMatch(/^\/(chapters\/[a-z0-9-]+\/(#[a-z0-9-]+)?|methods\/[a-z0-9-]+\/|glossary\/#[a-z0-9-]+)$/);
    // Each page's type in search-data.json is the one its URL implies.
    if (url.startsWith('/glossary/')) expect(kind).toBe('Glossary term');
    else if (url.includes('#')) expect(kind).toBe('Chapter section');
    else if (url.startsWith('/chapters/')) expect(kind).toBe('Chapter');
    else expect(kind).not.toMatch(/^(Chapter|Glossary)/);
  }
});

test('a typo is corrected with a way back to the words as typed', async ({ page }) => {
  await page.goto('/search/?q=tree%20of%20thougts');
  const notice = page.locator('#search-correction');
  await expect(notice).toHaveText('Showing results for tree of thoughts · search instead for tree of thougts');
  const first = page.locator('ol#search-results > li').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', /^\/methods\/tree-of-thoughts\//);
  await notice.getByRole('link', { name: 'search instead for tree of thougts' }).click();
  await expect(page).toHaveURL(/[?&]exact=1/);
  await expect(notice).toHaveCount(0);
});

test('a name inside a question is the best match, and its excerpt is body text, not page chrome', async ({ page }) => {
  await page.goto('/search/?q=how%20does%20GRPO%20work');
  const first = page.locator('ol#search-results > li').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', /^\/methods\/grpo\//);
  await expect(first).toContainText('Best match');
  for (const item of await page.locator('ol#search-results > li').allInnerTexts())
    for (const chrome of ['Also known as', 'Contents', 'Methods /', 'Chapter 1 · Survey section'])
      expect(item).not.toContain(chrome);
  await expect(first.locator('mark').first()).toBeVisible();
});

test('words that match nothing together still rank pages by the words they match', async ({ page }) => {
  await page.goto('/search/?q=reward%20model%20that%20scores%20every%20step%20zzqx');
  const items = page.locator('ol#search-results > li');
  await expect(items.first()).toBeVisible();
  await expect(page.locator('#search-empty')).toBeHidden();
});

test('no word matching at all says so, offers the closest names and links the catalogue', async ({ page }) => {
  await page.goto('/search/?q=qqqqqqqqqq%20zzzzzzzzzz');
  await expect(page.getByRole('status')).toHaveText('No results for “qqqqqqqqqq zzzzzzzzzz”');
  const empty = page.locator('#search-empty');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: 'catalogue' })).toHaveAttribute('href', '/methods/');
  await expect(empty.locator('#search-suggestions a')).toHaveCount(3);
});

test('the search page shows ten results, fetches the text of those on screen, and shows more on request', async ({
  page,
}) => {
  const fragments = new Set<string>();
  const docs: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/fragment/')) fragments.add(request.url());
    if (request.url().includes('/search-docs/')) docs.push(request.url());
  });
  // A phone-sized window: only the first few results are on screen.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/search/?q=reasoning');
  const items = page.locator('ol#search-results > li');
  await expect(items).toHaveCount(10);
  // The results on screen get their titles and excerpts from their text; those below the fold have fetched
  // nothing yet and wait, marked busy, without a link.
  await expect(items.first().locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/results? for “reasoning”/);
  // Settled when every result has either asked for its text or waits, busy, for the reader to come near it.
  await page.waitForLoadState('networkidle');
  const waiting = page.locator('ol#search-results > li[aria-busy="true"]');
  await expect.poll(async () => fragments.size + (await waiting.count())).toBe(10);
  const onScreen = fragments.size;
  expect(onScreen).toBeGreaterThan(0);
  expect(onScreen).toBeLessThan(10);
  expect(docs).toEqual([]);
  await expect(waiting).toHaveCount(10 - onScreen);
  await expect(waiting.locator('a')).toHaveCount(0);
  // Scrolling down through the results fetches the rest, each once, and completes them.
  for (let index = 0; index < 10; index += 1) await items.nth(index).scrollIntoViewIfNeeded();
  await expect.poll(() => fragments.size).toBe(10);
  await expect(waiting).toHaveCount(0);
  await expect(items.locator('> a:first-child')).toHaveCount(10);
  await expect(items.nth(9).locator('mark').first()).toBeVisible();
  const more = page.getByRole('button', { name: 'Show more results' });
  await more.click();
  await expect(items).toHaveCount(20);
  await expect(items.nth(10).locator('a').first()).toBeFocused();
  expect(fragments.size).toBeLessThanOrEqual(20);
});

test('with Tab, a reader reaches all ten results of a page opened with a query, in order', async ({ page }) => {
  const fragments = new Set<string>();
  page.on('request', (request) => {
    if (request.url().includes('/fragment/')) fragments.add(request.url());
  });
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/search/?q=reasoning');
  const items = page.locator('ol#search-results > li');
  await expect(items.first().locator('mark').first()).toBeVisible();
  expect(fragments.size).toBeLessThan(10);
  // The first Tab, still far above the results, asks for the text of every result waiting below the fold, so
  // none is still without its link when focus gets there.
  await page.getByRole('searchbox', { name: 'Search chapters and entries' }).focus();
  await page.keyboard.press('Tab');
  await expect.poll(() => fragments.size).toBe(10);
  const reached: string[] = [];
  for (let press = 0; press < 120 && reached.length < 10; press += 1) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.matches('ol#search-results > li > a:first-child') ? active.getAttribute('href') : null;
    });
    if (href && !reached.includes(href)) reached.push(href);
  }
  const titles = await items
    .locator('> a:first-child')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(titles).toHaveLength(10);
  expect(reached).toEqual(titles);
});

test.describe('without the text of results', () => {
  test.use({ expectedConsole: [/^error: Failed to load resource: net::ERR_FAILED$/] });
  test('a result whose text cannot be fetched still shows its title and link', async ({ page }) => {
    await page.route('**/fragment/**', (route) => route.abort());
    await page.goto('/search/?q=grpo');
    const first = page.locator('ol#search-results > li').first();
    await expect(first.getByRole('link', { name: 'GRPO' })).toBeVisible();
    await expect(first).not.toHaveAttribute('aria-busy');
  });
});

test('nothing on the search page moves as the results of a query in the URL arrive', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node }[];
      })[])
        shifts.push({
          value: entry.value,
          nodes: entry.sources.map((source) => (source.node as Element | undefined)?.id ?? String(source.node)),
        });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/search/?q=${encodeURIComponent('process reward model')}`);
  const items = page.locator('ol#search-results > li');
  // Chips, the count and the first excerpts all arrive before the list shows.
  await expect(page.getByRole('group', { name: 'Type' })).toBeVisible();
  await expect(items.first().locator('mark').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
});

test('a chip pressed while the first results are still veiled shows its own results at once', async ({ page }) => {
  // The excerpts never arrive, and the reader presses a chip the moment the chips appear: in the same turn as the
  // first list is drawn, so well within the second the veil may last.
  await page.route('**/fragment/**', () => {});
  await page.addInitScript(() => {
    const state = window as unknown as { veiledAtClick?: boolean };
    new MutationObserver((_, observer) => {
      const chip = document.querySelector<HTMLElement>('[data-facet="kind"][data-value="Benchmark"]');
      if (!chip) return;
      observer.disconnect();
      state.veiledAtClick = document.querySelector('#search-results-box')!.classList.contains('invisible');
      chip.click();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/search/?q=math');
  const chip = page.getByRole('group', { name: 'Type' }).getByRole('button', { name: /^Benchmark \(\d+\)$/ });
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => (window as unknown as { veiledAtClick?: boolean }).veiledAtClick)).toBe(true);
  await expect(page.locator('ol#search-results > li').first()).toBeVisible();
});

test('chapter sections are results of their own, with the matching subsections linked', async ({ page }) => {
  await page.goto('/search/?q=monte%20carlo%20simulation%20step%20labels');
  const section = page.locator('ol#search-results > li', { hasText: 'Chapter section' }).first();
  await expect(section).toBeVisible();
  await expect(section.locator('a').first()).toHaveAttribute(
    'href',
    /^\/chapters\/[a-z-]+\/\?highlight=[^#]+#[a-z0-9-]+$/,
  );
  await expect(section).toContainText(/in .+/);
});

test('the dialog remembers recent searches in this browser, and forgets them on request', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await dialog.getByRole('searchbox').fill('grpo');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “grpo”/);
  await dialog.locator('#search-dialog-results > li > a').first().click();
  await expect(page).toHaveURL(/\/methods\/grpo\//);
  await page.waitForLoadState('load');
  await page.getByRole('link', { name: 'Search' }).first().click();
  const recent = dialog.getByRole('heading', { name: 'Recent searches' });
  await expect(recent).toBeVisible();
  await dialog.getByRole('link', { name: 'grpo' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/results? for “grpo”/);
  await dialog.getByRole('searchbox').fill('');
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await expect(recent).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('atlas-recent-searches'))).toBeNull();
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
  // Math-Shepherd's page uses the word itself (other results match its stem, "complet-").
  const first = page.locator('ol#search-results > li > a[href*="/methods/math-shepherd/"]');
  await expect(first).toHaveAttribute('href', /highlight=completer/);
  await first.click();
  const marks = page.locator('.prose-atlas mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toBe('completer');
});

test('opened with a query, the search page asks for Pagefind and the search data with the document, once each', async ({
  page,
}) => {
  const early = ['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/search-data.json'];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  for (const path of early) expect(requested, `${path} without a query`).not.toContain(path);
  requested.length = 0;
  await page.goto('/search/?q=grpo');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Preloaded and then used: one request each, not a preload and a second fetch.
  for (const path of early)
    expect(
      requested.filter((item) => item === path),
      path,
    ).toHaveLength(1);
  const preloads = await page.locator('head link[rel="preload"][as="fetch"], head link[rel="modulepreload"]').count();
  expect(preloads).toBe(3);
});
