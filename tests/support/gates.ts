/**
 * The browser-side quality checks, shared by the specs that run them on the real site and by the self-test that
 * runs them on deliberately broken fixtures (tests/fixtures/site-broken/) to prove each one can fail.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A and AA violations on the current page, one line per rule with its targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => String(node.target)).join(', ')}`,
  );
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
  const policy = await page
    .locator('meta[http-equiv="content-security-policy" i]')
    .getAttribute('content', { timeout: 1_000 })
    .catch(() => null);
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
