/**
 * The browser-side quality checks, shared by the specs that run them on the real site and by the self-test that
 * runs them on deliberately broken fixtures (tests/fixtures/site-broken/) to prove each one can fail.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core's own script, the copy @axe-core/playwright resolves (so the engine is the one this gate has always
 * run). The gate runs it in the page itself: AxeBuilder injected it twice per analysis and opened a second, blank
 * page to merge the results, which made the sweep over every page about three times slower.
 */
const AXE_SOURCE = readFileSync(
  createRequire(fileURLToPath(import.meta.resolve('@axe-core/playwright'))).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Has the browser add axe-core to every document `page` opens from now on. A sweep over many pages calls this
 * once: the browser then compiles axe once rather than once per page as evaluating it per page does (about
 * 0.1 s of CPU a page instead of 0.3 s on this machine). axe only defines itself; it runs when axeViolations asks.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

/**
 * axe-core's WCAG 2.2 A and AA violations on the current page, one line per rule with its targets; with `rules`,
 * only those rules' violations.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // axe.run reaches into frames through the copy of axe in each; a document without one (no preloadAxe) gets it.
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(
    // Passes and incomplete results are cut to one node each instead of a selector for every node checked, which
    // is much of axe's time on a long page; violations are reported in full, as before.
    async ({ tags, rules }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const runOnly = rules ? { type: 'rule' as const, values: rules } : { type: 'tag' as const, values: tags };
      const results = await axe.run(document, { runOnly, resultTypes: ['violations'] });
      return results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => String(node.target)),
      }));
    },
    { tags: WCAG_TAGS, rules: rules ? [...rules] : undefined },
  );
  return violations.map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
}

/**
 * The WCAG 2.2 A and AA rules whose outcome depends on colours (axe's own category "cat.color"): the only rules a
 * change of theme can change, since the dark theme changes colours alone (tests/site/themes.test.ts).
 */
export async function colourRules(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate((tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    return axe
      .getRules(tags)
      .filter((rule) => rule.tags.includes('cat.color'))
      .map((rule) => rule.ruleId);
  }, WCAG_TAGS);
}

/** Switches the open page's theme as the theme button does (data-theme on <html>), with the system's preference. */
export async function switchTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
}

/**
 * What a reader sees of a page's structure, read in one call (role locators would walk the whole accessibility
 * tree of a long page once each): whether each top-level heading and each main navigation is visible, and the
 * length of the main content's text. Visible means, as with Playwright's toBeVisible, a box with an area and no
 * hidden ancestor or visibility.
 */
export function readableView(page: Page): Promise<{ headings: boolean[]; navigation: boolean[]; text: number }> {
  return page.evaluate(() => {
    const visible = (elements: NodeListOf<Element>) =>
      [...elements].map((element) => {
        const box = element.getBoundingClientRect();
        return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
      });
    return {
      headings: visible(document.querySelectorAll('h1, [role="heading"][aria-level="1"]')),
      navigation: visible(document.querySelectorAll('nav[aria-label="Main"]')),
      text: document.querySelector('main')?.innerText.length ?? 0,
    };
  });
}

/** Starts recording requests to any origin but `origin`; call the returned function to read them. */
export function recordForeignRequests(page: Page, origin: string): () => string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return () => [...foreign];
}

/** What is wrong with the page's Content Security Policy: missing, or allowing inline or evaluated scripts. */
export async function cspProblems(page: Page): Promise<string[]> {
  // Read at once from the loaded document: waiting on a locator for an element that may rightly be missing either
  // waits long or, with a short timeout, reports a policy as missing when a busy machine answers late.
  const policy = await page.evaluate(
    () => document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? null,
  );
  if (!policy) return ['no Content-Security-Policy'];
  const directives = new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
  const problems: string[] = [];
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) problems.push('no script-src or default-src');
  else {
    if (scripts.includes("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
    if (scripts.includes("'unsafe-eval'")) problems.push("script-src allows 'unsafe-eval'");
    if (scripts.some((source) => /^https?:|^\*$/.test(source))) problems.push('script-src allows other origins');
  }
  if (directives.get('default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
  return problems;
}

/** Signs that text typed into search was run or parsed as markup: a global it set, or elements it created. */
export async function injectionSigns(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const signs: string[] = [];
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) signs.push('window.__pwned was set');
    const injected = document.querySelectorAll(
      'main img, main svg[onload], main b, #search-dialog b, #search-dialog img',
    );
    if (injected.length > 0) signs.push(`${injected.length} injected element(s)`);
    for (const list of document.querySelectorAll('#search-results, #search-dialog-results')) {
      for (const child of list.children)
        if (child.tagName !== 'LI') signs.push(`<${child.tagName.toLowerCase()}> in #${list.id}`);
    }
    return signs;
  });
}
