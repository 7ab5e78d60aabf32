/** The citation toolkit: "Cite this survey" and "Cite this page", the whole bibliography as BibTeX, its filters. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { test, expect, type Page } from './fixtures.ts';
import { axeViolations } from '../support/gates.ts';

const CONTENT_BIB = path.resolve(import.meta.dirname, '../../content/references.bib');

/** Reads a cite block: its BibTeX and its APA text, as shown. */
async function citeBlock(page: Page, id: 'cite-survey' | 'cite-page') {
  const section = page.locator(`section[aria-labelledby="${id}"]`);
  return {
    section,
    bibtex: (await section.locator(`#${id}-bibtex`).textContent()) ?? '',
    text: (await section.locator(`#${id}-apa`).textContent()) ?? '',
  };
}

/** Presses the Copy button of a block and returns what reached the clipboard. */
async function copy(page: Page, blockId: string): Promise<string> {
  await page.locator(`button[data-copy="${blockId}"]`).click();
  await expect(page.locator(`button[data-copy="${blockId}"]`)).toHaveText('Copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

for (const sitePath of ['/', '/chapters/test-time-scaling/']) {
  test(`${sitePath} offers "Cite this survey" in BibTeX and APA, each copied by its button`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(sitePath);
    const { section, bibtex, text } = await citeBlock(page, 'cite-survey');
    await expect(section.getByRole('heading', { name: 'Cite this survey' })).toBeVisible();
    expect(bibtex).toMatch(/^@misc\{xu2025towards,/);
    expect(bibtex).toContain('2501.09686');
    expect(text).toMatch(/^Xu, F\., /);
    expect(text).toContain('(2025)');
    expect(await copy(page, 'cite-survey-bibtex')).toBe(bibtex);
    expect(await copy(page, 'cite-survey-apa')).toBe(text);
  });
}

test('a chapter and an entry offer "Cite this page" with the page’s absolute URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const [sitePath, title] of [
    ['/chapters/test-time-scaling/', 'Test-time scaling'],
    ['/methods/math-shepherd/', 'Math-Shepherd'],
  ] as const) {
    await page.goto(sitePath);
    const { section, bibtex, text } = await citeBlock(page, 'cite-page');
    await expect(section.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
    const url = new RegExp(`https://[^/\\s]+${sitePath.replaceAll('/', '\\/')}`);
    expect(bibtex).toMatch(url);
    expect(bibtex).toContain('{Reasoning Atlas contributors}');
    expect(text).toMatch(url);
    expect(text).toMatch(/^Reasoning Atlas contributors\. \(\d{4}\)\. /);
    expect(text.toLowerCase()).toContain(title.toLowerCase());
    expect(await copy(page, 'cite-page-apa')).toBe(text);
  }
  // On an entry both stay: the paper's own BibTeX, and this page's citation, each under its own heading.
  await expect(page.getByRole('heading', { name: 'Cite the paper' })).toBeVisible();
  await expect(page.locator('#bibtex-paper')).toContainText('wang2024mathshepherd');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citations are there to select and the Copy buttons, which need scripts, are hidden', async ({ page }) => {
    await page.goto('/methods/process-reward-model/');
    await expect(page.locator('#cite-page-bibtex')).toBeVisible();
    await expect(page.locator('#cite-page-apa')).toBeVisible();
    await expect(page.locator('button[data-copy="cite-page-bibtex"]')).toBeHidden();
  });

  test('the references list stays whole and its filters are hidden', async ({ page }) => {
    await page.goto('/references/');
    await expect(page.locator('#reference-filters')).toBeHidden();
    await expect(page.locator('#reference-list > li').first()).toBeVisible();
  });
});

test('/references/ links to references.bib, which downloads and parses into every entry of references.bib', async ({
  page,
}) => {
  await page.goto('/references/');
  const link = page.getByRole('link', { name: /Download all \d+ as one BibTeX file/ });
  await expect(link).toHaveAttribute('download', '');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('references.bib');
  const text = readFileSync((await download.path())!, 'utf8');
  const options = { sentenceCase: false, english: false } as const;
  const downloaded = parse(text, options);
  const source = parse(readFileSync(CONTENT_BIB, 'utf8'), options);
  expect(downloaded.errors).toEqual([]);
  expect(downloaded.entries.length).toBe(source.entries.length);
  const keys = downloaded.entries.map((entry) => entry.key);
  expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
  expect(new Set(keys)).toEqual(new Set(source.entries.map((entry) => entry.key)));
});

/** The citation keys the list shows, and the years its rows print. */
async function listed(page: Page) {
  const rows = page.locator('#reference-list > li');
  return {
    keys: await rows.evaluateAll((items) => items.map((item) => item.id)),
    years: await rows.evaluateAll((items) =>
      items.map((item) => /\((\d{4})\)\./.exec(item.firstElementChild?.textContent ?? '')?.[1]),
    ),
  };
}

test('the references filter by year and by citing chapter, say how many, and clear back to the page', async ({
  page,
}) => {
  // The works the chapter cites, from its own "Works cited" list.
  await page.goto('/chapters/evaluation-benchmarks/');
  const cited = await page
    .locator('section[aria-labelledby="works-cited"] li > a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
  expect(cited.length).toBeGreaterThan(0);

  // Every work's year, from every page of the paged list, as it is without filters.
  await page.goto('/references/');
  const pages = await page
    .locator('#references-pager a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  const everyYear: (string | undefined)[] = [];
  for (const sitePath of pages.length > 0 ? pages : ['/references/']) {
    await page.goto(sitePath);
    everyYear.push(...(await listed(page)).years);
  }
  await page.goto('/references/');
  const status = page.locator('#reference-status');
  const all = await listed(page);
  const years = page.getByLabel('Year');
  const chapters = page.getByLabel('Cited in');

  await years.selectOption('2024');
  await expect(status).toHaveText(/^\d+ works? from 2024\.$/);
  const in2024 = await listed(page);
  expect(in2024.keys.length).toBe(Number(/^\d+/.exec((await status.textContent()) ?? '')?.[0]));
  expect(new Set(in2024.years)).toEqual(new Set(['2024']));
  expect(in2024.keys.length).toBe(everyYear.filter((year) => year === '2024').length);
  await expect(page).toHaveURL(/\?year=2024$/);
  // A filtered list spans every page, so the pager, which names the unfiltered pages, steps aside.
  if (pages.length > 0) await expect(page.locator('#references-pager')).toBeHidden();

  await years.selectOption('');
  await chapters.selectOption('evaluation-benchmarks');
  const option = (await chapters.locator('option:checked').textContent()) ?? '';
  expect(option).toMatch(new RegExp(`^Chapter \\d+: .* \\(${cited.length}\\)$`));
  await expect(status).toHaveText(`${cited.length} works cited in ${option.replace(/ \(\d+\)$/, '')}.`);
  expect(new Set((await listed(page)).keys)).toEqual(new Set(cited));

  await years.selectOption('2024');
  await expect(status).toHaveText(/^(\d+ works?|No works) from 2024 cited in Chapter \d+: /);
  const both = await listed(page);
  expect(new Set(both.years).size).toBeLessThanOrEqual(1);
  expect(both.keys.every((key) => cited.includes(key) && in2024.keys.includes(key))).toBe(true);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toHaveText('');
  expect(await listed(page)).toEqual(all);
  if (pages.length > 0) await expect(page.locator('#references-pager')).toBeVisible();
  await expect(page).toHaveURL(/\/references\/$/);
});

test('a filter in the URL applies on arrival, and a row found by it copies its BibTeX', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/references/?year=2023');
  await expect(page.locator('#reference-status')).toHaveText(/^\d+ works? from 2023\.$/);
  await expect(page.getByLabel('Year')).toHaveValue('2023');
  const row = page.locator('#reference-list > li').first();
  await row.locator('summary').click();
  const blockId = (await row.locator('pre').getAttribute('id'))!;
  const copied = await copy(page, blockId);
  expect(copied).toMatch(new RegExp(`^@\\w+\\{${(await row.getAttribute('id'))!},`));
  expect(copied).toMatch(/year\s*=\s*\{2023\}/);
});

test('nothing moves on the references page and an entry page as they load', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const sitePath of ['/references/', '/methods/process-reward-model/', '/']) {
    await page.goto(sitePath);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), sitePath).toEqual([]);
  }
});

test('a filtered bibliography passes axe in both themes', async ({ page }) => {
  const failures: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/references/?year=2024&chapter=learning-to-reason');
    await expect(page.locator('#reference-status')).toHaveText(/from 2024 cited in/);
    await page.locator('#reference-list > li summary').first().click();
    failures.push(...(await axeViolations(page)).map((line) => `references (${scheme}) ${line}`));
  }
  expect(failures).toEqual([]);
});
