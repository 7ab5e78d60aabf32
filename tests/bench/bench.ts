/**
 * Performance budget check (`npm run bench`). Builds the site, serves it with `astro preview` and prints:
 * the build time; per page type, the bytes of HTML, CSS, JavaScript run on load, fonts and images (raw and
 * gzip) and the number of requests; the bytes and time of a first and later searches in the dialog, and of a
 * first query on the search page; and Lighthouse's mobile audit of every page type (the four category scores,
 * FCP, LCP, TBT and CLS). Exits 1 when a budget (tests/bench/measure.ts, from ../shared/design/product.md and
 * issue 10) is exceeded.
 */
import path from 'node:path';
import {
  BUDGETS,
  Budget,
  buildSite,
  dialogSearchCosts,
  kb,
  launchBrowser,
  ms,
  reportLighthouse,
  reportPageWeights,
  searchPageCost,
  startPreview,
} from './measure.ts';

const root = path.resolve(import.meta.dirname, '../..');
const port = 4341;

/** Queries typed after the first, as a student refines a search; each needs index files the others did not load. */
const LATER_QUERIES = [
  'monte carlo tree search',
  'direct preference optimization',
  'self consistency majority vote',
  'how does grpo work',
  'tree of thougts',
];
const FIRST_QUERY = 'process reward model';

const PAGES: Record<string, string> = {
  home: '/',
  chapter: '/chapters/test-time-scaling/',
  entry: '/methods/math-shepherd/',
  // A benchmark page carries a leaderboard (with its sorting script) and a progress chart.
  benchmark: '/methods/gsm8k/',
  catalogue: '/methods/',
  references: '/references/',
  glossary: '/glossary/',
  search: '/search/',
};

const budget = new Budget();
const buildSeconds = buildSite(root);
console.log(`Build (astro build and search index): ${buildSeconds.toFixed(1)} s  [budget ${BUDGETS.buildSeconds} s]`);
budget.check('build time', buildSeconds, BUDGETS.buildSeconds, (n) => `${n.toFixed(1)} s`);

const preview = await startPreview(root, port);
try {
  const browser = await launchBrowser();
  await reportPageWeights(browser, preview.origin, PAGES, budget);

  const dialog = await dialogSearchCosts(browser, preview.origin, PAGES['chapter']!, FIRST_QUERY, LATER_QUERIES);
  console.log(
    `\nFirst search:  ${budget.check('first search bytes', dialog.first.bytes, BUDGETS.firstSearchBytes, kb)} in ${dialog.first.requests} requests, results after ${ms(dialog.first.ms)} (includes loading Pagefind)`,
  );
  // Each later query must stay within the bytes budget; the time budget applies to their median, as one query's
  // time on a shared machine can jump for reasons of its own.
  for (const later of dialog.later) {
    console.log(
      `Later search:  ${budget.check(`later search bytes (${later.query})`, later.bytes, BUDGETS.laterSearchBytes, kb).padEnd(20)} in ${String(later.requests).padStart(2)} requests, results after ${ms(later.ms).padStart(6)}  “${later.query}”`,
    );
  }
  const times = dialog.later.map((later) => later.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `Later searches: median ${budget.check('later search time (median)', median, BUDGETS.laterSearchMs, ms)} from the last keystroke to results`,
  );
  // The search page shows ten results and fetches data only for them: opened cold with a query, it may cost no
  // more than the dialog's first search.
  const searchPage = await searchPageCost(browser, preview.origin, FIRST_QUERY);
  console.log(
    `Search page:   ${budget.check('search page first query bytes', searchPage.bytes, dialog.first.bytes, kb)} in ${searchPage.requests} requests for ${searchPage.results} results shown, first result after ${ms(searchPage.ms)} (/search/?q=${FIRST_QUERY}; the dialog's first search is the budget)`,
  );
  await browser.close();

  await reportLighthouse(
    preview.origin,
    { ...PAGES, 'search + query': `/search/?q=${encodeURIComponent(FIRST_QUERY)}` },
    budget,
  );
} finally {
  preview.stop();
}

if (budget.failures.length > 0) {
  console.error(`\nOver budget:\n${budget.failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
