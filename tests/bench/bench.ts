/**
 * Performance budget check (`npm run bench`). Builds the site, serves it with `astro preview`, loads one page of
 * each type in a fresh browser context and prints, per type, the bytes of HTML, CSS, JavaScript run on load,
 * fonts and images (raw and gzip) and the number of requests; then the bytes and time of a first and a second
 * search, and the build time. Exits 1 when a budget of ../shared/design/product.md is exceeded.
 */
import { spawn, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium, type BrowserContext, type Response } from 'playwright';
import { findChromium } from '../support/browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const port = 4341;
const origin = `http://127.0.0.1:${port}`;

const BUDGETS = {
  jsOnLoadGzip: 5 * 1024,
  cssGzip: 20 * 1024,
  fontsFirstView: 100 * 1024,
  firstSearchBytes: 150 * 1024,
  laterSearchBytes: 40 * 1024,
  laterSearchMs: 100,
  buildSeconds: 60,
};

/** Queries typed after the first, as a student refines a search; each needs index files the others did not load. */
const LATER_QUERIES = [
  'monte carlo tree search',
  'direct preference optimization',
  'self consistency majority vote',
  'how does grpo work',
  'tree of thougts',
];

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

interface Transfer {
  url: string;
  type: string;
  raw: number;
  gzip: number;
}

/** Bytes a response costs: its body, and that body gzip-compressed as a server would send text. */
async function transferOf(response: Response): Promise<Transfer | undefined> {
  try {
    const body = await response.body();
    return {
      url: response.url(),
      type: response.request().resourceType(),
      raw: body.length,
      gzip: gzipSync(body).length,
    };
  } catch {
    return undefined; // Redirects and aborted requests have no body.
  }
}

function record(context: BrowserContext): { transfers: Promise<Transfer | undefined>[] } {
  const log = { transfers: [] as Promise<Transfer | undefined>[] };
  context.on('response', (response) => log.transfers.push(transferOf(response)));
  return log;
}

const sum = (items: Transfer[], key: 'raw' | 'gzip') => items.reduce((total, item) => total + item[key], 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('astro preview did not start');
}

const failures: string[] = [];
function check(label: string, value: number, budget: number, format: (n: number) => string): string {
  const ok = value <= budget;
  if (!ok) failures.push(`${label}: ${format(value)} > ${format(budget)}`);
  return `${format(value)}${ok ? '' : ' OVER BUDGET'}`;
}

const buildStart = performance.now();
const build = spawnSync('npm', ['run', 'build', '--silent'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const buildSeconds = (performance.now() - buildStart) / 1000;
if (build.status !== 0) throw new Error('the build failed; run `npm run build` to see why');

const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  detached: true,
});
try {
  await waitForServer();
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

  console.log(`Build (astro build + pagefind): ${buildSeconds.toFixed(1)} s  [budget ${BUDGETS.buildSeconds} s]`);
  check('build time', buildSeconds, BUDGETS.buildSeconds, (n) => `${n.toFixed(1)} s`);
  console.log(
    `\n${'Page type'.padEnd(12)}${'requests'.padStart(8)}  ${'HTML raw / gz'.padEnd(22)}${'CSS raw / gz'.padEnd(22)}` +
      `${'JS on load raw / gz'.padEnd(22)}${'fonts'.padEnd(11)}${'images'.padEnd(9)}foreign`,
  );
  for (const [type, sitePath] of Object.entries(PAGES)) {
    const context = await browser.newContext();
    const log = record(context);
    const page = await context.newPage();
    await page.goto(`${origin}${sitePath}`, { waitUntil: 'networkidle' });
    const transfers = (await Promise.all(log.transfers)).filter((item): item is Transfer => item !== undefined);
    const of = (kind: string) => transfers.filter((item) => item.type === kind);
    const foreign = transfers.filter((item) => !item.url.startsWith(origin)).length;
    const [html, css, js, fonts, images] = [of('document'), of('stylesheet'), of('script'), of('font'), of('image')];
    console.log(
      [
        type.padEnd(12),
        String(transfers.length).padStart(8),
        `  ${kb(sum(html, 'raw'))} / ${kb(sum(html, 'gzip'))}`.padEnd(24),
        `${kb(sum(css, 'raw'))} / ${check(`${type} CSS`, sum(css, 'gzip'), BUDGETS.cssGzip, kb)}`.padEnd(22),
        `${kb(sum(js, 'raw'))} / ${
          // The search page loads Pagefind at once by design: the query is in its URL.
          type === 'search'
            ? kb(sum(js, 'gzip'))
            : check(`${type} JS on load`, sum(js, 'gzip'), BUDGETS.jsOnLoadGzip, kb)
        }`.padEnd(22),
        check(`${type} fonts`, sum(fonts, 'raw'), BUDGETS.fontsFirstView, kb).padEnd(11),
        kb(sum(images, 'raw')).padEnd(9),
        check(`${type} foreign requests`, foreign, 0, String),
      ].join(''),
    );
    await context.close();
  }

  // Search: the first query pays for loading Pagefind; later queries only fetch the index chunks they need.
  const context = await browser.newContext();
  const log = record(context);
  const page = await context.newPage();
  await page.goto(`${origin}${PAGES['chapter']}`, { waitUntil: 'networkidle' });
  const before = log.transfers.length;
  // Timed inside the page, from the input event the last keystroke fires to the moment the status line announces
  // the results: polling from outside the page would add its own polling interval to the figure.
  const timedQuery = (query: string) =>
    page.evaluate(
      (text) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#search-dialog-input')!;
          const status = document.querySelector<HTMLElement>('#search-dialog-status')!;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (!status.textContent?.includes(`“${text}”`)) return;
            observer.disconnect();
            resolve(performance.now() - start);
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );
  await page.keyboard.press('/');
  // The dialog opens once its script has loaded, so its input listener is in place.
  await page.getByRole('dialog').waitFor();
  const firstMs = await timedQuery('process reward model');
  await page.waitForLoadState('networkidle');
  const first = (await Promise.all(log.transfers.slice(before))).filter((item): item is Transfer => !!item);
  // Bytes on the wire: Pagefind's files are already compressed; text files are counted gzipped.
  const wire = (items: Transfer[]) => items.reduce((total, item) => total + Math.min(item.raw, item.gzip), 0);
  console.log(
    `\nFirst search:  ${check('first search bytes', wire(first), BUDGETS.firstSearchBytes, kb)} in ${first.length} requests, results after ${firstMs.toFixed(0)} ms (includes loading Pagefind)`,
  );
  // Later queries, each with words the earlier ones did not load. Each must stay within the bytes budget; the
  // time budget applies to their median, as one query's time on a shared machine can jump for reasons of its own.
  const laterTimes: number[] = [];
  for (const query of LATER_QUERIES) {
    const start = log.transfers.length;
    const ms = await timedQuery(query);
    await page.waitForLoadState('networkidle');
    const later = (await Promise.all(log.transfers.slice(start))).filter((item): item is Transfer => !!item);
    laterTimes.push(ms);
    console.log(
      `Later search:  ${check(`later search bytes (${query})`, wire(later), BUDGETS.laterSearchBytes, kb).padEnd(20)} in ${String(later.length).padStart(2)} requests, results after ${ms.toFixed(0).padStart(3)} ms  “${query}”`,
    );
  }
  const median = [...laterTimes].sort((a, b) => a - b)[Math.floor(laterTimes.length / 2)]!;
  console.log(
    `Later searches: median ${check('later search time (median)', median, BUDGETS.laterSearchMs, (n) => `${n.toFixed(0)} ms`)} from the last keystroke to results`,
  );
  await context.close();
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}

if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
