/** Chapters and entries on paper: the text, its equations, figures, diagrams and tables, and nothing to click. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from './fixtures.ts';
import { dist, sitePaths } from './pages.ts';

const CHAPTER = '/chapters/data-construction/';
const ENTRY = '/methods/grpo/';

/** The site's chrome and controls: none of it belongs on paper. Column headings that sort a table print as text. */
const CONTROLS = [
  'body > header',
  'body > footer',
  'nav',
  'dialog',
  'form',
  'button:not(th > button)',
  '.needs-js',
  'theme-toggle',
  '[data-search-open]',
  'toc-spy',
].join(', ');

async function expectPrintable(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator(CONTROLS).filter({ visible: true })).toHaveCount(0);
  // The chapter list, the contents of the page and the links to the next pages go with the navigation.
  expect(await page.locator('nav').count()).toBeGreaterThan(0);
  for (const navigation of await page.locator('nav').all()) await expect(navigation).toBeHidden();
  // Equations whole: visible, and not clipped by the frame they scroll in on screen.
  const equation = page.locator('.katex-display').first();
  await expect(equation).toBeVisible();
  expect(await equation.evaluate((node) => getComputedStyle(node).overflowX)).toBe('visible');
  expect(await equation.evaluate((node) => getComputedStyle(node.closest('.equation')!).breakInside)).toBe('avoid');
  // Headings stay with what follows.
  expect(
    await page
      .locator('article h2')
      .first()
      .evaluate((node) => getComputedStyle(node).breakAfter),
  ).toBe('avoid');
  // A print-media picture of the whole page, kept in memory only.
  const shot = await page.screenshot({ fullPage: true });
  expect(shot.length).toBeGreaterThan(0);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
}

test('a chapter prints its text, equations, figures and tables without navigation or controls', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.emulateMedia({ media: 'print' });
  await expectPrintable(page);
  const figure = page.locator('.prose-atlas figure').first();
  await expect(figure.locator('svg').first()).toBeVisible();
  expect(await figure.evaluate((node) => getComputedStyle(node).breakInside)).toBe('avoid');
  // A table that scrolls sideways on screen prints whole.
  const table = page.locator('.prose-atlas table').first();
  await expect(table).toBeVisible();
  const frame = await table.evaluate((node) => {
    const scroller = node.closest('section') ?? node;
    return { overflow: getComputedStyle(scroller).overflowX, clipped: scroller.scrollWidth > scroller.clientWidth + 1 };
  });
  expect(frame).toEqual({ overflow: 'visible', clipped: false });
});

test('an entry prints its equations and lineage diagram, with the address after each outside link', async ({
  page,
}) => {
  await page.goto(ENTRY);
  await page.emulateMedia({ media: 'print' });
  await expectPrintable(page);
  const diagram = page.locator('[data-lineage-diagram]');
  await expect(diagram.locator('svg')).toBeVisible();
  expect(await diagram.locator('section').evaluate((node) => getComputedStyle(node).overflowX)).toBe('visible');
  // Links inside the drawing get no address.
  expect(
    await diagram
      .locator('a')
      .first()
      .evaluate((node) => getComputedStyle(node, '::after').content),
  ).toBe('none');
  const arxiv = page.locator('main a[href^="https://arxiv.org/abs/"]').first();
  await expect(arxiv).toBeVisible();
  const href = await arxiv.getAttribute('href');
  expect(await arxiv.evaluate((node) => getComputedStyle(node, '::after').content)).toBe(`" (${href})"`);
  // Links to the site's own pages get none.
  const inside = page.locator('main a[href^="/"]').first();
  expect(await inside.evaluate((node) => getComputedStyle(node, '::after').content)).not.toContain('http');
  // On screen, no address is added.
  await page.emulateMedia({ media: 'screen' });
  expect(await arxiv.evaluate((node) => getComputedStyle(node, '::after').content)).toBe('none');
});

test('a link whose text is its address prints no address after it', async ({ page }) => {
  await page.goto('/methods/adas/');
  await page.emulateMedia({ media: 'print' });
  const code = page.locator('a[data-url-text]');
  await expect(code).toBeVisible();
  expect(await code.evaluate((node) => getComputedStyle(node, '::after').content)).toBe('none');
});

test('pages print in the light theme even when the dark theme is on', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('atlas-theme', 'dark'));
  await page.goto(ENTRY);
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  const colours = () =>
    page.evaluate(() => ({
      page: getComputedStyle(document.documentElement).backgroundColor,
      heading: getComputedStyle(document.querySelector('h1')!).color,
      text: getComputedStyle(document.querySelector('.prose-atlas p')!).color,
      link: getComputedStyle(document.querySelector('main a[href^="https://arxiv.org/abs/"]')!).color,
    }));
  const screen = await colours();
  await page.emulateMedia({ media: 'print' });
  const paper = await colours();
  expect(paper.page).toBe('rgb(255, 255, 255)');
  // The light theme's ink and accent (global.css): dark on white.
  expect(paper.heading).toBe('rgb(31, 35, 40)');
  expect(paper.link).toBe('rgb(138, 59, 18)');
  expect(paper.text).not.toBe(screen.text);
  for (const colour of Object.values(paper).slice(1)) {
    const [r = 0, g = 0, b = 0] = colour.match(/\d+/g)!.map(Number);
    expect(r + g + b, colour).toBeLessThan(3 * 160);
  }
});

test('the longest chapter prints to a PDF of several pages', async ({ page }) => {
  const chapters = sitePaths().filter((sitePath) => /^\/chapters\/[^/]+\/$/.test(sitePath));
  const size = (sitePath: string) => statSync(path.join(dist, sitePath, 'index.html')).size;
  const longest = chapters.reduce((best, each) => (size(each) > size(best) ? each : best));
  await page.goto(longest);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
});
