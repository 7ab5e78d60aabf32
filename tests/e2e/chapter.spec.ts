import { test, expect } from './fixtures.ts';

const CHAPTER = '/chapters/test-time-scaling/';

test('the table of contents lists the headings and follows scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(CHAPTER);
  const toc = page.getByRole('navigation', { name: 'On this page' }).last();
  const links = toc.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(3);
  const headings = await page
    .locator('article .prose-atlas :is(h2, h3)')
    .evaluateAll((nodes) => nodes.map((node) => node.id));
  const targets = await links.evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).hash.slice(1)));
  expect(targets).toEqual(headings);

  const last = targets.at(-1)!;
  await page.locator(`[id="${last}"]`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), last);
  await expect(toc.locator(`a[href="#${last}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
});

test('a known equation renders as math, numbered and linkable', async ({ page }) => {
  await page.goto(CHAPTER);
  const equation = page.locator('#eq-majority-vote');
  await expect(equation).toHaveAttribute('role', 'group');
  await expect(equation).toHaveAttribute('aria-label', /^Equation \d+$/);
  // KaTeX writes both MathML (for assistive technology) and HTML (for display).
  await expect(equation.locator('.katex-display math')).toHaveCount(1);
  await expect(equation.locator('.katex-html').first()).toBeVisible();
  const tex = await equation.locator('annotation[encoding="application/x-tex"]').textContent();
  expect(tex).toContain('\\arg\\max');
  // The KaTeX fonts and CSS come from this site.
  const fontFamily = await equation
    .locator('.katex')
    .first()
    .evaluate((node) => getComputedStyle(node).fontFamily);
  expect(fontFamily).toContain('KaTeX_Main');
  await equation.getByRole('link', { name: /^\(\d+\)$/ }).click();
  await expect(page).toHaveURL(/#eq-majority-vote$/);
});

test('citations are numbered in reading order and list the works cited', async ({ page }) => {
  await page.goto(CHAPTER);
  const numbers = await page
    .locator('article .prose-atlas a.cite')
    .evaluateAll((nodes) => nodes.map((node) => Number(node.firstChild!.textContent!.trim().replace(/[[\]]/g, ''))));
  expect(numbers.length).toBeGreaterThan(3);
  // Each new work gets the next number; a repeated work keeps its number.
  let highest = 0;
  for (const number of numbers) {
    expect(number).toBeLessThanOrEqual(highest + 1);
    highest = Math.max(highest, number);
  }
  const cited = page.locator('section[aria-labelledby="works-cited"] li');
  await expect(cited).toHaveCount(highest);
});

test('a citation preview opens on hover and focus, and Escape closes it', async ({ page }) => {
  await page.goto(CHAPTER);
  const citation = page.locator('article .prose-atlas [data-preview]:has(a.cite)').first();
  const card = citation.getByRole('tooltip');
  await expect(card).toBeHidden();

  await citation.locator('a').hover();
  await expect(card).toBeVisible();
  await expect(citation.locator('a')).toHaveAccessibleDescription(/\S/);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await page.mouse.move(0, 0);

  await citation.locator('a').focus();
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 800 },
])
  test(`a preview in a table's last row shows whole, not clipped by the table's scroll box (${viewport.width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/chapters/after-the-survey/');
    const table = page.locator('.prose-atlas table:has([data-preview])').last();
    const preview = table.locator('tbody tr').last().locator('[data-preview]').last();
    await preview.locator('a').hover();
    const card = preview.getByRole('tooltip');
    await expect(card).toBeVisible();
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // What the reader sees at the card's corners and centre is the card, not the text around the table.
    const inset = 6;
    const points = [
      [box.x + inset, box.y + inset],
      [box.x + box.width - inset, box.y + inset],
      [box.x + inset, box.y + box.height - inset],
      [box.x + box.width - inset, box.y + box.height - inset],
      [box.x + box.width / 2, box.y + box.height / 2],
    ];
    for (const [x, y] of points)
      expect(
        await card.evaluate((node, [px, py]) => node.contains(document.elementFromPoint(px!, py!)), [x, y]),
        `the card at (${Math.round(x!)}, ${Math.round(y!)})`,
      ).toBe(true);
  });

test('on a touch screen the first tap opens the preview and the second follows the link', async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(CHAPTER);
  const citation = page.locator('article .prose-atlas [data-preview]:has(a.cite)').first();
  await citation.locator('a').tap();
  const card = citation.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${CHAPTER}$`));
  // The open card stays within the screen.
  await expect
    .poll(async () => ((await card.boundingBox())?.x ?? 0) + ((await card.boundingBox())?.width ?? 0))
    .toBeLessThanOrEqual(390);
  expect((await card.boundingBox())!.x).toBeGreaterThanOrEqual(0);
  await citation.locator('a').tap();
  await expect(page).toHaveURL(/\/references\/#/);
  expect(errors).toEqual([]);
  await context.close();
});

test('a glossary term shows its definition and links to the glossary', async ({ page }) => {
  await page.goto(CHAPTER);
  const term = page.locator('article .prose-atlas [data-preview]:has(a.term)').first();
  // Link text carries no stray spaces (they would show as an underlined gap before punctuation).
  for (const text of await page.locator('.prose-atlas [data-preview] > a').allTextContents())
    expect(text).toBe(text.trim());
  await term.locator('a').hover();
  await expect(term.getByRole('tooltip')).toBeVisible();
  const href = await term.locator('a').getAttribute('href');
  await term.locator('a').click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const anchor = href!.split('#')[1]!;
  await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
});

test('the layout fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', CHAPTER, '/methods/math-shepherd/', '/methods/', '/references/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('figures are numbered, captioned, linkable and described for screen readers', async ({ page }) => {
  await page.goto(CHAPTER);
  const figure = page.locator('figure#fig-search-schemes');
  await expect(figure.locator('figcaption')).toHaveText(/^\s*Figure 1\. \S/);
  const svg = figure.getByRole('img');
  await expect(svg).toHaveAccessibleName(/\S/);
  await expect(svg).toHaveAccessibleDescription(/\S/);
  await figure.getByRole('link', { name: 'Figure 1.' }).click();
  await expect(page).toHaveURL(/#fig-search-schemes$/);
});

test('the survey tables are built from the catalogue and every row opens its entry', async ({ page }) => {
  await page.goto('/chapters/data-construction/');
  const table = page.locator('table[data-survey-table="data-construction"]');
  await expect(table.locator('th[scope="colgroup"]').first()).toHaveText('Human annotation');
  const links = table.locator('tbody th[scope="row"] a');
  expect(await links.count()).toBeGreaterThanOrEqual(8);
  const row = table.locator('tr', { has: page.getByRole('link', { name: 'Math-Shepherd' }) });
  await expect(row).toContainText('Monte Carlo simulation');
  await expect(row).toContainText('process');
  await row.getByRole('link', { name: 'Math-Shepherd' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Math-Shepherd');
  // The chapter that shows the table now counts among the chapters that discuss the entry.
  await expect(page.locator('section[aria-labelledby="in-the-survey"]')).toContainText('Data construction');
  for (const [chapter, name] of [
    ['path-to-large-reasoning-models', 'open-source'],
    ['other-test-time-techniques', 'training-free'],
  ] as const) {
    await page.goto(`/chapters/${chapter}/`);
    expect(
      await page.locator(`table[data-survey-table="${name}"] tbody th[scope="row"] a`).count(),
    ).toBeGreaterThanOrEqual(4);
  }
});
