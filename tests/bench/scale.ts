/**
 * Scale benchmark (`npm run bench:scale`, issue 10): does the site still build, list and search well at 2,000
 * entries? For each size (the real catalogue, then 2,000 entries; `npm run bench:scale -- 500 2000` or
 * ATLAS_SCALE_SIZES=500,2000 to choose others) it copies content/ into a temporary folder, adds synthetic entries
 * and the papers they cite (tests/bench/synthetic.ts), builds that copy, serves it and measures: build time (wall
 * and CPU, and Astro's phases), time per page, dist and search index size, the catalogue's weight, DOM and
 * listing without JavaScript, search bytes and latency, and Lighthouse on the catalogue and on entry pages.
 *
 * It exits 1 when a budget of tests/bench/measure.ts is exceeded, when the catalogue without JavaScript does not
 * list every entry, or when build time per page grows faster than the number of pages (more than 1.2 times the
 * smallest size's). Real content is only read; temporary folders are removed at the end, also on failure.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseBibliography } from '../../src/lib/bibliography.ts';
import { findLinkProblems, readSite } from '../support/site.ts';
import { parseBuildLog, searchIndexLine, type BuildPhases } from './build-log.ts';
import {
  BUDGETS,
  Budget,
  buildSiteTimed,
  catalogueWithoutJs,
  domElements,
  kb,
  launchBrowser,
  ms,
  reportLighthouse,
  reportPageWeights,
  reportSearch,
  startPreview,
  type Audit,
  type Preview,
  type SearchReport,
} from './measure.ts';
import { constantStages, growingStages, type StageTime } from './test-time.ts';
import { sweepPaths } from '../e2e/pages.ts';
import {
  generateSyntheticEntries,
  isKind,
  isStage,
  summariseRealContent,
  type RealContent,
  type SyntheticEntry,
} from './synthetic.ts';

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = path.join(root, 'content');
const FIRST_PORT = 4351;
const SEED = 1;
/** Build time per page may grow this much from the smallest size before growth counts as faster than linear. */
const LINEAR_TOLERANCE = 1.2;
const REAL_ENTRY = '/methods/math-shepherd/';

/** The real entries (ids, kinds, stages, bodies), glossary term ids and author names, read from content/. */
function readRealContent(): RealContent {
  const folder = path.join(contentDir, 'methods');
  const entries = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => {
      const text = readFileSync(path.join(folder, name), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      if (/^draft: true$/m.test(frontmatter)) return [];
      const kind = /^kind: (\S+)$/m.exec(frontmatter)?.[1] ?? '';
      const stage = /^stage: (\S+)$/m.exec(frontmatter)?.[1] ?? '';
      if (!isKind(kind) || !isStage(stage)) throw new Error(`${name}: cannot read its kind and stage`);
      return [{ id: name.slice(0, -'.mdx'.length), kind, stage, body }];
    });
  const termIds = [...readFileSync(path.join(contentDir, 'glossary.yaml'), 'utf8').matchAll(/^- id: (\S+)$/gm)].map(
    (match) => match[1]!,
  );
  const bibFile = path.join(contentDir, 'references.bib');
  const authors = parseBibliography(readFileSync(bibFile, 'utf8'), bibFile).flatMap((work) => work.authors);
  return summariseRealContent(entries, termIds, authors);
}

/** Sizes to measure: from argv or ATLAS_SCALE_SIZES, else the real catalogue and 2,000; ascending, none smaller. */
function sizesToMeasure(realCount: number): number[] {
  const given = [...process.argv.slice(2), ...(process.env['ATLAS_SCALE_SIZES'] ?? '').split(',')]
    .map((value) => value.trim())
    .filter(Boolean);
  const sizes = given.length > 0 ? given.map(Number) : [realCount, 2000];
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < realCount)
      throw new Error(`sizes must be whole numbers of entries, at least the ${realCount} real ones: got ${size}`);
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** The HTML files of the bibliography's pages: /references/ and /references/page/N/. */
function referencesPages(dist: string): string[] {
  const pagesDir = path.join(dist, 'references', 'page');
  const later = existsSync(pagesDir)
    ? readdirSync(pagesDir).map((name) => path.join(pagesDir, name, 'index.html'))
    : [];
  return [path.join(dist, 'references', 'index.html'), ...later];
}

/** Bytes of a file, or of every file under a folder. */
function sizeOf(target: string): number {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((total, name) => total + sizeOf(path.join(target, name)), 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (value: number) => (Number.isNaN(value) ? '?' : `${value.toFixed(1)} s`);

interface SizeResult {
  entries: number;
  synthetic: number;
  pages: number;
  wall: number;
  cpu: number;
  phases: BuildPhases;
  distBytes: number;
  searchIndexBytes: number;
  searchDataGzip: number;
  catalogueDataGzip: number;
  /** Mean HTML bytes of the real entries' pages: a page that grows with the site does work that scales with it. */
  realEntryHtml: number;
  referencesHtml: number;
  catalogue: { htmlGzip: number; elements: number; pages: number; largestPage: number };
  search: SearchReport;
  lighthouse: Record<string, Audit>;
  /** Pages the browser sweeps visit (tests/e2e/pages.ts), and the stages of `npm test` timed at this size. */
  sweepPages: number;
  testStages: StageTime[];
}

/** Temporary folders and servers to remove or stop however the run ends. */
const cleanups: (() => void)[] = [];
function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      cleanup();
    } catch {
      // Already gone.
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/** Builds, serves and measures the site at `size` entries in a temporary folder, removed when done. */
async function measureSize(
  real: RealContent,
  size: number,
  port: number,
  budget: Budget,
  first: boolean,
): Promise<SizeResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'atlas-scale-'));
  const remove = () => rmSync(work, { recursive: true, force: true });
  cleanups.push(remove);
  // A budget of its own, so each failure can say at which size it happened.
  const sizeBudget = new Budget();
  try {
    return await measureIn(work, real, size, port, sizeBudget, first);
  } finally {
    budget.failures.push(...sizeBudget.failures.map((failure) => `${size} entries: ${failure}`));
    remove();
  }
}

/** Copies the content into `work`, adds synthetic entries up to `size`, builds and measures; prints as it goes. */
async function measureIn(
  work: string,
  real: RealContent,
  size: number,
  port: number,
  budget: Budget,
  first: boolean,
): Promise<SizeResult> {
  const synthetic = generateSyntheticEntries(real, size - real.entries.length, SEED);
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  cpSync(contentDir, content, { recursive: true });
  writeSynthetic(content, synthetic);
  const env = { ATLAS_CONTENT_DIR: content, ATLAS_CACHE_DIR: path.join(work, 'cache'), ATLAS_OUT_DIR: dist };

  console.log(`\n=== ${size} entries (${real.entries.length} real, ${synthetic.length} synthetic), in ${work} ===`);
  const build = buildSiteTimed(root, env);
  const phases = parseBuildLog(build.output);
  const pages = Number.isNaN(phases.pages) ? countPages(dist) : phases.pages;
  console.log(
    `Build: ${sec(build.seconds)} wall, ${sec(build.cpuSeconds)} CPU for ${pages} pages ` +
      `(${ms((build.seconds / pages) * 1000)} wall, ${ms((build.cpuSeconds / pages) * 1000)} CPU per page)`,
  );
  console.log(
    `Astro's phases: setup ${sec(phases.setup)}, bundling (Vite, MDX) ${sec(phases.bundle)}, rendering ` +
      `${sec(phases.render)}, other ${sec(phases.other)}, search index and other end hooks ${sec(phases.after)}; ` +
      `total ${sec(phases.total)}`,
  );
  console.log(`Search index: ${searchIndexLine(build.output) ?? '(not reported)'}`);
  if (size === real.entries.length) {
    // The build-time budget is the real site's; larger sizes are held to linear growth instead.
    budget.check('build time (real content)', build.seconds, BUDGETS.buildSeconds, (n) => `${n.toFixed(1)} s`);
  }

  const realEntryPages = real.entries.map((entry) => path.join(dist, 'methods', entry.id, 'index.html'));
  const result: Omit<SizeResult, 'catalogue' | 'search' | 'lighthouse' | 'sweepPages' | 'testStages'> = {
    entries: size,
    synthetic: synthetic.length,
    pages,
    wall: build.seconds,
    cpu: build.cpuSeconds,
    phases,
    distBytes: sizeOf(dist),
    searchIndexBytes: [
      'pagefind',
      'search-data.json',
      'search-words',
      'search-docs',
      'search-names',
      'search-suggest.json',
    ].reduce((total, name) => total + sizeOf(path.join(dist, name)), 0),
    searchDataGzip: gzipSync(readFileSync(path.join(dist, 'search-data.json'))).length,
    catalogueDataGzip: gzipSync(readFileSync(path.join(dist, 'methods', 'catalogue.json'))).length,
    realEntryHtml: realEntryPages.reduce((total, file) => total + sizeOf(file), 0) / realEntryPages.length,
    referencesHtml: Math.max(...referencesPages(dist).map((file) => sizeOf(file))),
  };
  console.log(
    `dist ${mb(result.distBytes)}; search index ${mb(result.searchIndexBytes)} (search-data.json ` +
      `${kb(result.searchDataGzip)} gzip); catalogue.json ${kb(result.catalogueDataGzip)} gzip; ` +
      `real entry pages ${kb(result.realEntryHtml)} HTML on average; largest page of /references/ ` +
      `${kb(result.referencesHtml)} HTML`,
  );

  // Paging (catalogue, bibliography) moves anchors between pages: every link and anchor must still resolve.
  const linkProblems = findLinkProblems(dist, readSite(dist));
  console.log(
    `Links and anchors: ${linkProblems.length} problem(s)${linkProblems.length ? `, first: ${linkProblems.slice(0, 3).join('; ')}` : ''}`,
  );
  budget.check('broken links and anchors', linkProblems.length, 0, String);

  const preview: Preview = await startPreview(root, port, env);
  cleanups.push(preview.stop);
  try {
    const listing = await catalogueWithoutJs(preview.origin, '/methods/');
    const listed = new Set([...real.entries, ...synthetic].map((entry) => `/methods/${entry.id}/`));
    const missing = [...listed].filter((sitePath) => !listing.entries.has(sitePath));
    console.log(
      `Catalogue without JavaScript: ${listing.entries.size} of ${listed.size} entries listed on ${listing.pages.length} ` +
        `page(s), at most ${listing.largestPage} rows a page`,
    );
    budget.check('catalogue entries missing without JavaScript', missing.length, 0, String);

    const syntheticEntry = synthetic[Math.floor(synthetic.length / 4)];
    // The catalogue's first, second and last pages, a real entry (which lists the synthetic entries related to
    // it), a synthetic one, and the bibliography's first page (it lists the papers of the atlas, 150 a page).
    const auditedPages: Record<string, string> = {
      catalogue: '/methods/',
      ...(listing.pages[1] ? { 'cat. page 2': listing.pages[1] } : {}),
      ...(listing.pages.length > 2 ? { 'cat. last': listing.pages.at(-1)! } : {}),
      entry: REAL_ENTRY,
      ...(syntheticEntry ? { synthetic: `/methods/${syntheticEntry.id}/` } : {}),
      references: '/references/',
    };
    const browser = await launchBrowser();
    let catalogue: SizeResult['catalogue'];
    let search: SearchReport;
    try {
      await reportPageWeights(browser, preview.origin, auditedPages, budget);
      const elements = await domElements(browser, preview.origin, '/methods/');
      const html = await (await fetch(`${preview.origin}/methods/`)).arrayBuffer();
      catalogue = {
        htmlGzip: gzipSync(Buffer.from(html)).length,
        elements,
        pages: listing.pages.length,
        largestPage: listing.largestPage,
      };
      console.log(`Catalogue /methods/: ${elements} elements once loaded`);
      search = await reportSearch(browser, preview.origin, '/chapters/test-time-scaling/', budget);
    } finally {
      await browser.close();
    }
    const lighthouse = await reportLighthouse(preview.origin, auditedPages, budget);
    preview.stop();
    const swept = sweepPaths(dist).length;
    console.log(`\nTest time: the browser sweeps visit ${swept} of ${pages} pages; timing the stages of npm test…`);
    const e2ePort = port + 100;
    const testStages = [
      ...(first ? constantStages(root, dist, e2ePort) : []),
      ...growingStages(root, work, content, dist, build.seconds, e2ePort),
    ];
    for (const stage of testStages) {
      console.log(`  ${stage.stage.padEnd(24)} ${sec(stage.seconds).padStart(8)}${stage.ok ? '' : '  FAILED'}`);
      if (!stage.ok) console.log(stage.tail);
      budget.check(`npm test stage ${stage.stage} failing`, stage.ok ? 0 : 1, 0, String);
    }
    return { ...result, catalogue, search, lighthouse, sweepPages: swept, testStages };
  } finally {
    preview.stop();
  }
}

/** Adds the synthetic entries to a content folder, and the papers they cite to its references.bib. */
function writeSynthetic(content: string, entries: readonly SyntheticEntry[]) {
  for (const entry of entries) writeFileSync(path.join(content, 'methods', `${entry.id}.mdx`), entry.mdx);
  if (entries.length > 0)
    appendFileSync(path.join(content, 'references.bib'), `\n${entries.map((entry) => entry.bibtex).join('\n\n')}\n`);
}

function countPages(dist: string): number {
  return readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

/** The table that compares the sizes, and the linearity checks against the smallest. */
function reportComparison(results: SizeResult[], budget: Budget) {
  const columns: [string, (result: SizeResult) => string][] = [
    ['entries', (r) => String(r.entries)],
    ['pages', (r) => String(r.pages)],
    ['build wall', (r) => sec(r.wall)],
    ['build CPU', (r) => sec(r.cpu)],
    ['wall/page', (r) => ms((r.wall / r.pages) * 1000)],
    ['CPU/page', (r) => ms((r.cpu / r.pages) * 1000)],
    ['bundling', (r) => sec(r.phases.bundle)],
    ['rendering', (r) => sec(r.phases.render)],
    ['search idx', (r) => sec(r.phases.after)],
    ['dist', (r) => mb(r.distBytes)],
    ['index', (r) => mb(r.searchIndexBytes)],
    ['search-data gz', (r) => kb(r.searchDataGzip)],
    ['catalogue gz', (r) => kb(r.catalogue.htmlGzip)],
    ['cat. elements', (r) => String(r.catalogue.elements)],
    ['cat. pages', (r) => String(r.catalogue.pages)],
    ['cat. data gz', (r) => kb(r.catalogueDataGzip)],
    ['entry HTML', (r) => kb(r.realEntryHtml)],
    ['refs page max', (r) => kb(r.referencesHtml)],
    ['1st search', (r) => kb(r.search.dialog.first.bytes)],
    ['later max', (r) => kb(Math.max(...r.search.dialog.later.map((later) => later.bytes)))],
    ['later median', (r) => ms(r.search.laterMedianMs)],
    ['search page', (r) => kb(r.search.searchPage.bytes)],
    ...['catalogue', 'entry', 'synthetic', 'references'].flatMap((type): [string, (r: SizeResult) => string][] => [
      [`${type} perf`, (r) => String(r.lighthouse[type]?.scores['performance'] ?? '-')],
      [`${type} TBT`, (r) => (r.lighthouse[type] ? ms(r.lighthouse[type].tbt) : '-')],
    ]),
  ];
  console.log('\n=== Comparison ===');
  for (const [label, cell] of columns) {
    console.log(`${label.padEnd(16)}${results.map((result) => cell(result).padStart(12)).join('')}`);
  }

  const [base, ...larger] = results;
  if (!base) return;
  for (const result of larger) {
    const wallRatio = result.wall / result.pages / (base.wall / base.pages);
    const cpuRatio = result.cpu / result.pages / (base.cpu / base.pages);
    const marginal = ((result.cpu - base.cpu) / (result.pages - base.pages)) * 1000;
    console.log(
      `\nBuild time per page, ${result.entries} against ${base.entries} entries: CPU ×${cpuRatio.toFixed(2)}, ` +
        `wall ×${wallRatio.toFixed(2)} (linear growth keeps it at or under ×${LINEAR_TOLERANCE}); each added page ` +
        `costs ${ms(marginal)} CPU, against ${ms((base.cpu / base.pages) * 1000)} a page on average at ${base.entries}`,
    );
    // CPU time decides: it measures the build's own work, where wall time on a shared machine also measures the
    // neighbours. Both are printed.
    budget.check(
      `build CPU time per page at ${result.entries} entries, relative to ${base.entries}`,
      cpuRatio,
      LINEAR_TOLERANCE,
      (n) => `×${n.toFixed(2)}`,
    );
    console.log(
      `Real entry pages: ${kb(result.realEntryHtml)} against ${kb(base.realEntryHtml)} of HTML on average ` +
        `(they list the synthetic entries that relate to them)`,
    );
  }
  console.log(
    `\nPages per size (for estimates of test time): ${results.map((r) => `${r.entries} entries -> ${r.pages} pages`).join('; ')}`,
  );
}

/**
 * `npm test`'s time at each size: the stages that do not grow, timed at the smallest size, plus those that do,
 * timed at each. Budgets: 10 minutes at the real size, 30 at any larger one (packages and browser installed).
 */
function reportTestTime(results: SizeResult[], realCount: number, budget: Budget) {
  const stages = [...new Set(results.flatMap((result) => result.testStages.map((stage) => stage.stage)))];
  const secondsOf = (result: SizeResult, stage: string) =>
    (
      result.testStages.find((item) => item.stage === stage) ??
      results[0]!.testStages.find((item) => item.stage === stage)
    )?.seconds ?? 0;
  const row = (label: string, cell: (result: SizeResult) => string) =>
    console.log(`${label.padEnd(24)}${results.map((result) => cell(result).padStart(10)).join('')}`);
  console.log('\n=== npm test, stage by stage ===');
  row('entries', (result) => String(result.entries));
  for (const stage of stages) row(stage, (result) => sec(secondsOf(result, stage)));
  const totals = results.map((result) => stages.reduce((sum, stage) => sum + secondsOf(result, stage), 0));
  row('total', (result) => `${(totals[results.indexOf(result)]! / 60).toFixed(1)} min`);
  row('pages swept', (result) => `${result.sweepPages}/${result.pages}`);
  console.log('(the base-path end-to-end tests, about 15 s, run only in npm test itself)');
  results.forEach((result, index) => {
    const limit = result.entries === realCount ? 10 * 60 : 30 * 60;
    budget.check(`npm test at ${result.entries} entries`, totals[index]!, limit, (n) => `${(n / 60).toFixed(1)} min`);
  });
}

const budget = new Budget();
const real = readRealContent();
const sizes = sizesToMeasure(real.entries.length);
console.log(`Scale benchmark: sizes ${sizes.join(', ')} entries (the real content has ${real.entries.length})`);
const results: SizeResult[] = [];
try {
  for (const [index, size] of sizes.entries()) {
    results.push(await measureSize(real, size, FIRST_PORT + index, budget, index === 0));
  }
  reportComparison(results, budget);
  reportTestTime(results, real.entries.length, budget);
} finally {
  cleanUp();
}

budget.finish();
