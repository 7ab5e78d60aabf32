/**
 * The explorable figure of the test-time scaling chapter (ScalingExplorer.astro): a static chart without
 * JavaScript; with it, a simulation chunk fetched only when the figure nears the viewport, sliders that redraw the
 * curves and a summary that says what they now show, by mouse or keyboard, in both themes, within the CSP.
 */
import { test, expect, type Page } from './fixtures.ts';
import { axeViolations, colourRules, switchTheme } from '../support/gates.ts';

const CHAPTER = '/chapters/test-time-scaling/';
/** The lazily loaded chunk (src/scripts/scaling-explorer.ts), not the small observer that imports it. */
const CHUNK = /\/_astro\/scaling-explorer\.[^/]*\.js$/;

const figure = (page: Page) => page.locator('#fig-scaling-explorer');
const chart = (page: Page) => figure(page).getByRole('img');
const summary = (page: Page) => figure(page).locator('[data-scaling-summary]');

/** A curve's values, as the chart exposes them for reading without pixels. */
async function curve(page: Page, series: string): Promise<number[]> {
  const values = await figure(page).locator(`g[data-series="${series}"]`).getAttribute('data-values');
  return values!.split(' ').map(Number);
}

/** Opens the chapter, brings the figure into view and waits until its sliders work. */
async function openExplorer(page: Page): Promise<void> {
  await page.goto(CHAPTER);
  await figure(page).scrollIntoViewIfNeeded();
  await expect(figure(page).locator('[data-scaling-explorer]')).toHaveAttribute('data-ready', '');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the figure is a static, described chart with a sentence about its sliders', async ({ page }) => {
    await page.goto(CHAPTER);
    await expect(figure(page).locator('figcaption')).toHaveText(/^\s*Figure \d+\. .*not measured data/);
    await expect(chart(page)).toBeVisible();
    await expect(chart(page)).toHaveAccessibleName(/number of samples/);
    await expect(chart(page)).toHaveAccessibleDescription(/^Model accuracy 40%, verifier quality 80%/);
    for (const series of ['majority', 'bestOfN', 'weighted', 'coverage'])
      expect(await curve(page, series)).toHaveLength(9);
    await expect(figure(page).getByText('With JavaScript on, sliders here change')).toBeVisible();
    await expect(figure(page).getByRole('slider')).toHaveCount(0);
    await expect(summary(page)).toContainText('best-of-N peaks at');
  });
});

test('the simulation is fetched only when the figure nears the viewport, and redraws the same chart', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (CHUNK.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');
  expect(fetched, 'no request for the simulation on page load').toEqual([]);
  const sliders = figure(page).getByRole('slider');
  await expect(sliders).toHaveCount(3);
  for (const slider of await sliders.all()) await expect(slider).toBeDisabled();
  const staticMarkup = await figure(page).locator('[data-scaling-chart]').innerHTML();
  const staticHeight = (await chart(page).boundingBox())!.height;

  const request = page.waitForRequest((candidate) => CHUNK.test(new URL(candidate.url()).pathname));
  await figure(page).scrollIntoViewIfNeeded();
  await request;
  await expect(figure(page).locator('[data-scaling-explorer]')).toHaveAttribute('data-ready', '');
  for (const slider of await sliders.all()) await expect(slider).toBeEnabled();
  expect(fetched).toHaveLength(1);
  // The first drawing in the browser is the build-time one, so nothing moves or changes when the script arrives.
  expect(await figure(page).locator('[data-scaling-chart]').innerHTML()).toBe(staticMarkup);
  expect((await chart(page).boundingBox())!.height).toBeCloseTo(staticHeight, 1);
});

test('a weak verifier makes best-of-N fall at large N and a strong one does not; the summary follows', async ({
  page,
}) => {
  await openExplorer(page);
  const height = (await chart(page).boundingBox())!.height;
  const quality = figure(page).getByRole('slider', { name: 'Verifier quality' });

  await quality.fill('55');
  await expect(chart(page)).toHaveAttribute('data-verifier-quality', '0.55');
  const weak = await curve(page, 'bestOfN');
  expect(weak.at(-1)!).toBeLessThan(Math.max(...weak) - 0.05);
  // Summing the scores resists the fooling samples better than trusting the top one.
  expect((await curve(page, 'weighted')).at(-1)!).toBeGreaterThan(weak.at(-1)!);
  await expect(summary(page)).toContainText('verifier quality 55%');
  await expect(summary(page)).toContainText(/; best-of-N (peaks at \d+% with \d+ samples and )?falls/);
  await expect(figure(page).locator('[data-output="verifierQuality"]')).toHaveText('55%');
  await expect(quality).toHaveAttribute('aria-valuetext', '55%');

  await quality.fill('99');
  await expect(chart(page)).toHaveAttribute('data-verifier-quality', '0.99');
  const strong = await curve(page, 'bestOfN');
  expect(strong.at(-1)!).toBeGreaterThanOrEqual(Math.max(...strong) - 0.01);
  await expect(summary(page)).toContainText('verifier quality 99%');
  await expect(summary(page)).not.toContainText(/; best-of-N (peaks|falls)/);
  // The chart keeps its size, so the page never shifts under the reader.
  expect((await chart(page).boundingBox())!.height).toBeCloseTo(height, 1);
});

test('the sliders work from the keyboard, with visible focus', async ({ page }) => {
  await openExplorer(page);
  const accuracy = figure(page).getByRole('slider', { name: 'Model accuracy' });
  await accuracy.focus();
  const outline = await accuracy.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  const before = await curve(page, 'majority');

  await page.keyboard.press('ArrowRight');
  await expect(accuracy).toHaveValue('45');
  await expect(chart(page)).toHaveAttribute('data-accuracy', '0.45');
  await expect(summary(page)).toContainText('Model accuracy 45%');
  const after = await curve(page, 'majority');
  expect(after.at(-1)!).toBeGreaterThan(before.at(-1)!);

  await page.keyboard.press('End');
  await expect(accuracy).toHaveValue('95');
  await expect(summary(page)).toContainText('Model accuracy 95%');
  await page.keyboard.press('Tab');
  await expect(figure(page).getByRole('slider', { name: 'Verifier quality' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(chart(page)).toHaveAttribute('data-verifier-quality', '0.5');
  // A verifier that cannot tell correct from wrong adds nothing to the vote: the weighted curve is majority vote's.
  expect(await curve(page, 'weighted')).toEqual(await curve(page, 'majority'));
});

test('the working figure passes axe in both themes and breaks no rule of the CSP', async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  });
  await openExplorer(page);
  await figure(page).getByRole('slider', { name: 'Fooling wrong samples' }).fill('6');
  await expect(summary(page)).toContainText('6% of wrong samples fool the verifier');
  expect(await axeViolations(page)).toEqual([]);
  await switchTheme(page, 'dark');
  expect(await axeViolations(page, await colourRules(page))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
