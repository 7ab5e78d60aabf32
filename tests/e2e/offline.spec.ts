/**
 * Offline reading (src/integrations/service-worker.ts): the pages a reader opened and the searches they ran work
 * without a network, a page never opened shows the offline page, and a build's worker keeps only its own caches.
 */
import { test, expect, type Page } from './fixtures.ts';

const CHAPTER = '/chapters/introduction/';
const ENTRY = '/methods/grpo/';
const QUERY = 'process reward model';

/** Opens `first`, then `second` once the first page has noted what it loaded (src/scripts/register-worker.ts). */
async function openTwoPages(page: Page, first: string, second: string): Promise<void> {
  await page.goto(first);
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('atlas-opened'))).not.toBeNull();
  await page.goto(second);
}

/** Waits until the worker is active and has saved `pages`, which were open before it came. */
async function waitForWorker(page: Page, pages: string[]): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  for (const sitePath of pages)
    await expect.poll(() => page.evaluate(async (url) => (await caches.match(url)) !== undefined, sitePath)).toBe(true);
}

/** Searches in the dialog; returns the addresses of the results shown, without the words they highlight. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await dialog.getByRole('searchbox').fill(query);
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`results? for “${query}”`));
  const links = dialog.locator('#search-dialog-results > li > a');
  await expect(links.first()).toBeVisible();
  // The results' excerpts have arrived (their text, fetched after the titles are shown).
  await expect(dialog.locator('#search-dialog-results [data-excerpt]')).toHaveCount(0);
  const hrefs = await links.evaluateAll((nodes) =>
    nodes.map((node) => (node.getAttribute('href') ?? '').replace(/\?highlight=[^#]*/, '')),
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return hrefs;
}

/** The build id the worker names its caches with, read from sw.js. */
async function buildOf(page: Page): Promise<string> {
  const worker = await (await page.request.get('/sw.js')).text();
  return /Reasoning Atlas, build ([0-9a-f]{10})/.exec(worker)![1]!;
}

test.describe('offline', () => {
  // Offline, a font file that no page loaded online (the shell holds only the two text fonts every page preloads)
  // fails to load, and the browser reports it; the text is set in the font's metric-matched fallback. The test
  // checks below that nothing else fails.
  test.use({ expectedConsole: [/^error: Failed to load resource: net::ERR_FAILED$/] });

  test('pages opened and a search run online work offline; a page never opened shows the offline page', async ({
    page,
    context,
  }) => {
    await openTwoPages(page, CHAPTER, ENTRY);
    await waitForWorker(page, [CHAPTER, ENTRY]);
    // From now on the worker serves every page, and saves what it fetches.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Everything the search fetches (index files, the results' text) is saved by the worker as it passes.
    const fetched = new Set<string>();
    const note = (request: { url(): string }) => {
      const { pathname } = new URL(request.url());
      if (/^\/(?:pagefind\/|search-)/.test(pathname)) fetched.add(pathname);
    };
    page.on('request', note);
    const online = await search(page, QUERY);
    page.off('request', note);
    expect([...fetched].some((pathname) => pathname.startsWith('/pagefind/fragment/'))).toBe(true);
    // The worker answers before its copy is written: wait for each copy, or going offline could cut it short.
    for (const pathname of fetched)
      await expect
        .poll(
          () =>
            page.evaluate(
              async (url) => (await caches.match(url, { ignoreSearch: true, ignoreVary: true })) !== undefined,
              pathname,
            ),
          { message: pathname },
        )
        .toBe(true);

    await context.setOffline(true);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Group Relative Policy Optimization (GRPO)');
    await expect(page.locator('.katex-display').first()).toBeVisible();
    await page.goto(CHAPTER);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction');
    // Styled as online: the stylesheet and the text fonts are there.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none');
    expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4 Variable"'))).toBe(true);
    // The same search, and another whose words need the same index files, from the files saved online.
    expect(await search(page, QUERY)).toEqual(online);
    expect(await search(page, 'Process Reward Model')).toEqual(online);
    // A page never opened: the offline page, which leads to the pages kept for offline reading.
    await page.goto('/methods/ppo/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved for offline reading');
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
    await expect(main.getByRole('link', { name: 'catalogue' })).toHaveAttribute('href', '/methods/');
    // The home page is saved with the worker itself.
    await main.getByRole('link', { name: 'home page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reasoning Atlas');
    expect(failed.filter((pathname) => !pathname.endsWith('.woff2'))).toEqual([]);
    await context.setOffline(false);
  });
});

test("the worker's caches carry the build's id, and it drops those of other builds when it takes over", async ({
  page,
}) => {
  const stale = 'atlas:/:pages:0000000000';
  // An earlier build's cache, there before this build's worker arrives.
  await page.addInitScript((name) => {
    if (!navigator.serviceWorker.controller) (window as unknown as { stale: Promise<Cache> }).stale = caches.open(name);
  }, stale);
  await openTwoPages(page, CHAPTER, ENTRY);
  await page.evaluate(() => (window as unknown as { stale: Promise<Cache> }).stale.then(() => undefined));
  await waitForWorker(page, [CHAPTER, ENTRY]);
  const build = await buildOf(page);
  const ours = async () => (await page.evaluate(() => caches.keys())).filter((name) => name.startsWith('atlas:/:'));
  await expect.poll(ours).not.toContain(stale);
  await page.reload();
  const names = await ours();
  expect(names).toEqual(expect.arrayContaining([`atlas:/:pages:${build}`, `atlas:/:assets:${build}`]));
  for (const name of names) expect(name.endsWith(`:${build}`), name).toBe(true);
});

test('a single page view registers no worker and is fetched from the network as before', async ({ page }) => {
  const fromWorker: string[] = [];
  page.on('response', (response) => {
    if (response.fromServiceWorker()) fromWorker.push(response.url());
  });
  await page.goto(ENTRY);
  // Its idle callback has run: it noted what it loaded, for a second page to hand to the worker.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('atlas-opened'))).toContain(ENTRY);
  await search(page, 'grpo');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((found) => found ?? null))).toBe(
    null,
  );
  expect(fromWorker).toEqual([]);
});
