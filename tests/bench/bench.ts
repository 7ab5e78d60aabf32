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
  FIRST_QUERY,
  launchBrowser,
  reportLighthouse,
  reportPageWeights,
  reportSearch,
  startPreview,
} from './measure.ts';

const root = path.resolve(import.meta.dirname, '../..');
const port = 4341;

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
  timeline: '/timeline/',
  'reading path': '/paths/rlhf-to-grpo/',
  map: '/map/',
  compare: '/compare/?ids=ppo,grpo,dpo',
};

const budget = new Budget();
const buildSeconds = buildSite(root);
console.log(`Build (astro build and search index): ${buildSeconds.toFixed(1)} s  [budget ${BUDGETS.buildSeconds} s]`);
budget.check('build time', buildSeconds, BUDGETS.buildSeconds, (n) => `${n.toFixed(1)} s`);

const preview = await startPreview(root, port);
try {
  const browser = await launchBrowser();
  await reportPageWeights(browser, preview.origin, PAGES, budget);

  await reportSearch(browser, preview.origin, PAGES['chapter']!, budget);
  await browser.close();

  await reportLighthouse(
    preview.origin,
    { ...PAGES, 'search + query': `/search/?q=${encodeURIComponent(FIRST_QUERY)}` },
    budget,
  );
} finally {
  preview.stop();
}

budget.finish();
