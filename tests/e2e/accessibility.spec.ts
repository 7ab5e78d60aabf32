/** axe-core (WCAG 2.2 A and AA rules) in both themes on a page of every shape and type, and keyboard-only use. */
import { test, expect } from './fixtures.ts';
import { pagesByType, sitePaths, sweepPaths } from './pages.ts';
import { axeViolations, colourRules, preloadAxe, switchTheme } from '../support/gates.ts';

/**
 * The sweep visits the pages `sweepPaths` picks (tests/e2e/pages.ts): every page the atlas has a fixed number of,
 * one page of each type, and of the entries and later list pages the fewest that hold every shape of element the
 * site has (tests/support/sweep.ts); what depends on a page's own text is checked on every page by the static
 * gates. Each page passes every rule in the light theme, then, switched in place to the dark theme as the theme
 * button does, every rule that depends on colours: the dark theme changes colours alone
 * (tests/site/themes.test.ts), so the other rules cannot change their verdict, and one load and one full run a
 * page do the work of two. One page of each type is also loaded in the dark theme and passes every rule, as a
 * reader who prefers dark first sees it.
 *
 * The sweep is cut into slices of pages, one test per slice, so Playwright's workers share it; each slice reuses
 * one browser page. A page takes about 2 s on this 2-core machine; the time limit allows 10 s a page, as other
 * jobs on a shared machine can slow it several times over.
 */
const SLICE = 5;
const paths = sweepPaths();
const total = sitePaths().length;

for (let start = 0; start < paths.length; start += SLICE) {
  const slice = paths.slice(start, start + SLICE);
  test(`sweep pages ${start + 1} to ${start + slice.length} of ${paths.length} (for ${total} pages) pass axe in the light theme and its colour rules in the dark`, async ({
    page,
  }) => {
    test.setTimeout(30_000 + slice.length * 10_000);
    await preloadAxe(page);
    const failures: string[] = [];
    let colour: string[] | undefined;
    for (const sitePath of slice) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(sitePath);
      // Read in one call rather than through a locator, whose engine the browser would otherwise set up again
      // in every page (about 0.2 s of CPU a page); the head script sets the theme before the load event.
      expect(await page.evaluate(() => document.documentElement.dataset['theme']), sitePath).toBe('light');
      failures.push(...(await axeViolations(page)).map((line) => `${sitePath} (light) ${line}`));
      colour ??= await colourRules(page);
      await switchTheme(page, 'dark');
      failures.push(...(await axeViolations(page, colour)).map((line) => `${sitePath} (dark) ${line}`));
    }
    expect(colour).toContain('color-contrast');
    expect(failures).toEqual([]);
  });
}

test('one page of each type, loaded in the dark theme, passes every axe rule', async ({ page }) => {
  const samples = Object.values(pagesByType()).map((group) => group[0]!);
  test.setTimeout(30_000 + samples.length * 10_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await preloadAxe(page);
  const failures: string[] = [];
  for (const sitePath of samples) {
    await page.goto(sitePath);
    expect(await page.evaluate(() => document.documentElement.dataset['theme']), sitePath).toBe('dark');
    failures.push(...(await axeViolations(page)).map((line) => `${sitePath} ${line}`));
  }
  expect(failures).toEqual([]);
});

test('open previews and the open search dialog pass axe', async ({ page }) => {
  await page.goto('/chapters/test-time-scaling/');
  await page.locator('.prose-atlas a.cite').first().focus();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('process reward');
  await expect(page.locator('#search-dialog-results > li').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a filled comparison and a filtered map pass axe in both themes', async ({ page }) => {
  const failures: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/compare/?ids=ppo,grpo,dpo,best-of-n');
    await expect(page.locator('#compare-status')).toHaveText('Comparing 4 entries.');
    failures.push(...(await axeViolations(page)).map((line) => `compare (${scheme}) ${line}`));
    await page.goto('/map/');
    await page.getByLabel('Type').selectOption('benchmark');
    failures.push(...(await axeViolations(page)).map((line) => `map (${scheme}) ${line}`));
  }
  expect(failures).toEqual([]);
});

test('the first Tab reaches a skip link that moves focus to the content', async ({ page }) => {
  await page.goto('/chapters/introduction/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.getElementById('main')!.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('/methods/math-shepherd/');
  for (let step = 0; step < 25; step += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.style, `${outline.tag} at Tab ${step + 1}`).not.toBe('none');
    expect(outline.width, `${outline.tag} at Tab ${step + 1}`).toBeGreaterThan(0);
  }
});

test('the search dialog keeps focus inside, and Escape returns it to the page', async ({ page }) => {
  await page.goto('/');
  const trigger = page.getByRole('link', { name: 'Search' }).first();
  await trigger.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  for (let step = 0; step < 8; step += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      () => document.activeElement === document.body || !!document.activeElement?.closest('dialog'),
    );
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});
