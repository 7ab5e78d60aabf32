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

/** axe-core's WCAG 2.2 A and AA violations on the current page, one line per rule with its targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  // axe.run reaches into frames through the copy of axe in each; a document without one (no preloadAxe) gets it.
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(
    // Passes and incomplete results are cut to one node each instead of a selector for every node checked, which
    // is much of axe's time on a long page; violations are reported in full, as before.
    async (tags) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => String(node.target)),
      }));
    },
    WCAG_TAGS,
  );
  return violations.map((violation) => `${violation.id}: ${violation.targets.join(', ')}`);
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
