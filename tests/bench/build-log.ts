/**
 * Reads where an `astro build` spent its time from the build's own log, so `npm run bench:scale` can say which
 * phase grows with the number of pages. Astro prints a duration after each phase; these are its phases in order.
 */

export interface BuildPhases {
  /** Pages Astro wrote ("157 page(s) built in 1m 30s"). */
  pages: number;
  /** Astro's total, in seconds: from its start to the end of the build:done hooks. */
  total: number;
  /** Loading the config and integrations, syncing the content collections and writing types. */
  setup: number;
  /** Vite's server and client builds, where every MDX file is compiled. */
  bundle: number;
  /** Rendering every route to HTML ("generating static routes"). */
  render: number;
  /** The rest of the static build step (moving assets and the like). */
  other: number;
  /** After the pages are written: the build:done hooks, chiefly the search index. */
  after: number;
}

/** Seconds in one of Astro's durations: "226ms", "21.91s", "1m 4s", "1m". NaN when it is none of these. */
export function parseDuration(text: string): number {
  const match = /^\s*(?:(\d+)m)?\s*(?:([\d.]+)s)?\s*(?:(\d+)ms)?\s*$/.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined && match[3] === undefined)) return Number.NaN;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
}

/** The phases of a build from its log (colours or not); a phase the log does not show is NaN. */
export function parseBuildLog(log: string): BuildPhases {
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  const after = (marker: RegExp, pattern: RegExp) => {
    const start = marker.exec(text);
    if (!start) return Number.NaN;
    const match = pattern.exec(text.slice(start.index));
    return match ? parseDuration(match[1]!) : Number.NaN;
  };
  const done = /(\d+) page\(s\) built in ([^\n]+)/.exec(text);
  const total = done ? parseDuration(done[2]!) : Number.NaN;
  const setup = after(/Collecting build info/, /✓ Completed in ([^\n]+?)\.?\s*$/m);
  const bundle = [...text.matchAll(/\[vite\] ✓ built in ([^\n]+?)\s*$/gm)].reduce(
    (sum, match) => sum + parseDuration(match[1]!),
    0,
  );
  const render = after(/generating static routes/, /^(?:[\d:]+ )?✓ Completed in ([^\n]+?)\.?\s*$/m);
  const staticStep = after(/Building static entrypoints/, /\[build\] ✓ Completed in ([^\n]+?)\.?\s*$/m);
  return {
    pages: done ? Number(done[1]) : Number.NaN,
    total,
    setup,
    bundle,
    render,
    other: staticStep - bundle - render,
    after: total - setup - staticStep,
  };
}

/** What the search-index integration says it wrote (records, index files, search-data.json), if it said so. */
export function searchIndexLine(log: string): string | undefined {
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  return /\[atlas:search-index\] ([^\n]+)/.exec(text)?.[1]?.trim();
}
