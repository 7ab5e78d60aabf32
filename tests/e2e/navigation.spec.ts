import { test, expect } from './fixtures.ts';

test('home leads to the first chapter, and prev/next walk the chapters in order', async ({ page }) => {
  // Twelve page loads, ten of them chapters: about 1 s each on this machine, several times that while the other
  // worker runs the accessibility sweep (a clean-clone CI run once passed 30 s).
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reasoning Atlas');
  await page.getByRole('link', { name: 'Start reading' }).click();
  await expect(page).toHaveURL(/\/chapters\/introduction\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Introduction');
  await expect(page.getByRole('navigation', { name: 'Previous and next chapter' }).getByText('Previous')).toHaveCount(
    0,
  );

  const titles: string[] = [];
  for (let step = 0; step < 20; step += 1) {
    titles.push(await page.getByRole('heading', { level: 1 }).innerText());
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    // Wait for the next chapter to load before reading its title.
    const href = await next.getAttribute('href');
    await next.click();
    await page.waitForURL(`**${href}`);
  }
  const sidebar = await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').allInnerTexts();
  expect(titles.length).toBe(sidebar.length);
  expect(sidebar.map((text) => text.replace(/^\d+\.\s*/, ''))).toEqual(titles);

  await page.locator('a[rel="prev"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.at(-2)!);
});

test('the chapter sidebar marks the current chapter', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/introduction/');
  const current = page.getByRole('navigation', { name: 'Chapters' }).locator('[aria-current="page"]');
  await expect(current).toHaveText(/Introduction/);
});

test('every route of the design answers with its page', async ({ page }) => {
  for (const [path, heading] of [
    ['/', 'Reasoning Atlas'],
    ['/chapters/', 'Chapters'],
    ['/methods/', 'Methods, models and benchmarks'],
    ['/references/', 'References'],
    ['/glossary/', 'Glossary'],
    ['/search/', 'Search'],
    ['/timeline/', 'Timeline'],
    ['/paths/', 'Reading paths'],
    ['/map/', 'Map of the field'],
    ['/compare/', 'Compare entries'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test.describe('not found', () => {
  // The browser reports the 404 status of the page itself; nothing else may appear.
  test.use({ expectedConsole: [/^error: Failed to load resource: the server responded with a status of 404/] });

  test('an unknown address shows the 404 page with a search box', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
    await page.getByRole('searchbox', { name: 'Search' }).fill('process reward');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=process\+reward$/);
  });
});

test('the catalogue lists every entry in a table that links to its page', async ({ page }) => {
  await page.goto('/methods/');
  const rows = page.locator('#catalogue tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  await page.locator('#catalogue').getByRole('link', { name: 'Math-Shepherd' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Math-Shepherd');
});

test('an entry page shows its facts, lineage, the chapters that discuss it and its BibTeX', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/methods/math-shepherd/');
  const facts = page.getByRole('region', { name: 'Facts' });
  await expect(facts.getByText('Reward model', { exact: true })).toBeVisible();
  await expect(facts.getByRole('link', { name: '2312.08935' })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/2312.08935',
  );
  const lineage = page.locator('section[aria-labelledby="lineage"]');
  await expect(lineage.getByRole('link', { name: 'Process reward model', exact: true })).toBeVisible();
  const survey = page.locator('section[aria-labelledby="in-the-survey"]');
  await expect(survey.getByRole('link')).not.toHaveCount(0);
  await page.locator('section[aria-labelledby="cite"]').getByRole('button', { name: 'Copy' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^@\w+\{wang2024mathshepherd,/);
});

test('relations show on both ends: the target lists the entry that declared them', async ({ page }) => {
  await page.goto('/methods/process-reward-model/');
  const lineage = page.locator('section[aria-labelledby="lineage"]');
  await expect(lineage.getByRole('link', { name: 'Math-Shepherd', exact: true })).toBeVisible();
});

test('a benchmark page lists the entries whose result tables report on it', async ({ page }) => {
  await page.goto('/methods/gsm8k/');
  const reported = page.locator('section[aria-labelledby="reported-by"]');
  await expect(reported.getByRole('link', { name: 'Math-Shepherd' })).toBeVisible();
  await reported.getByRole('link', { name: 'Math-Shepherd' }).click();
  await expect(page.getByRole('table').filter({ hasText: 'GSM8K' }).first()).toBeVisible();
});
