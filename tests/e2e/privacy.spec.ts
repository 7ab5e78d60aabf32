/** No page asks any other origin for anything, and the Content Security Policy allows only the site's scripts. */
import { test, expect } from './fixtures.ts';
import { pagesByType } from './pages.ts';
import { cspProblems, recordForeignRequests } from '../support/gates.ts';

test('no page of any type requests anything from another origin, even while searching', async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, new URL(baseURL!).origin);
  for (const paths of Object.values(pagesByType())) {
    await page.goto(paths[0]!);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/search/?q=process+reward');
  await expect(page.locator('ol#search-results > li').first()).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('tree search');
  await expect(page.locator('#search-dialog-results > li').first()).toBeVisible();
  expect(foreign()).toEqual([]);
});

test('every page carries a CSP that allows only hashed or same-origin scripts', async ({ page }) => {
  for (const paths of Object.values(pagesByType())) {
    await page.goto(paths[0]!);
    expect(await cspProblems(page), paths[0]).toEqual([]);
  }
});

test.describe('under the policy', () => {
  // The one console message allowed here is the report of the script this test injects on purpose.
  test.use({ expectedConsole: [/Content Security Policy/] });

  test('an injected inline script is blocked and search still runs', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await page.goto('/search/?q=monte+carlo');
    await expect(page.locator('ol#search-results > li').first()).toBeVisible();
    expect(violations).toEqual([]);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBe(1);
  });
});
