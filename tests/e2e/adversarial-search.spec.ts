/**
 * Hostile and odd queries (markup, script, regex metacharacters, quotes, emoji, CJK, right-to-left text, very
 * long strings, whitespace) on the search page and in the dialog: nothing is injected, nothing logs an error,
 * and a normal search still works afterwards.
 */
import { test, expect, type Page } from './fixtures.ts';
import { injectionSigns } from '../support/gates.ts';

const FRAGMENTS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'; window.__pwned=1; '",
  '</mark><b>bold</b><mark>',
  '&lt;b&gt;',
  '&amp;&#x3C;',
  'javascript:alert(1)',
  '.*+?^${}()|[]\\',
  '(?<name>x)\\1',
  '[[[[[[',
  '%00%0a%0d',
  '\u0000\u0007',
  '😀🧠🔍',
  '👩‍👩‍👧‍👦',
  '强化学习 推理',
  '大規模言語モデル',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil\u202C',
  '   ',
  '\t\n',
  'PRM',
  'pass@k',
  'ReST-MCTS*',
  'o1',
  '"quoted phrase"',
  "it's",
  '-',
  '*',
];

/** 240 queries: every fragment alone, with a word around it, doubled, and some long or mixed strings. */
function queries(): string[] {
  const words = ['reward', 'search', 'math', 'tree'];
  const list: string[] = [];
  FRAGMENTS.forEach((fragment, index) => {
    const word = words[index % words.length]!;
    list.push(fragment, `${word} ${fragment}`, `${fragment}${fragment}`, `${fragment} ${word} ${fragment}`);
    list.push(`${word}${fragment}`, fragment.toUpperCase(), ` ${fragment} `, `${fragment}\u0301`);
  });
  list.push('a'.repeat(10_000), '<'.repeat(10_000), '😀'.repeat(2_500), 'reward '.repeat(1_500));
  return list.slice(0, 240);
}

async function assertUntouched(page: Page): Promise<void> {
  expect(await injectionSigns(page)).toEqual([]);
}

test('the search page survives 240 hostile queries typed into it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const input = page.getByRole('searchbox', { name: 'Search chapters and entries' });
  const scriptsBefore = await page.locator('script:not([src])').count();
  for (const query of queries()) {
    await input.fill(query);
    await page.waitForTimeout(5);
  }
  await input.fill('zzzz');
  await expect(page.getByRole('status')).toHaveText(/No results|results? for/);
  expect(await page.locator('script:not([src])').count()).toBe(scriptsBefore);
  await assertUntouched(page);
  await input.fill('process reward model');
  await expect(page.locator('ol#search-results > li').first()).toBeVisible();
});

test('the search page survives hostile queries in its URL', async ({ page }) => {
  test.setTimeout(120_000);
  for (const query of queries().filter((_, index) => index % 6 === 0)) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const status = page.getByRole('status');
    if (query.trim()) await expect(status, JSON.stringify(query.slice(0, 40))).toHaveText(/results? for|No results/);
    else await expect(status).toHaveText('');
    await assertUntouched(page);
  }
});

test('the dialog survives 240 hostile queries', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog').getByRole('searchbox');
  for (const query of queries()) {
    await input.fill(query);
    await page.waitForTimeout(5);
  }
  await assertUntouched(page);
  await input.fill('beam search');
  await expect(page.locator('#search-dialog-results > li').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});
