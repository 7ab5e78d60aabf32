/**
 * Loads Pagefind's client from the built site, once, when a reader shows intent to search. Nothing here runs
 * until it is imported on demand.
 */
import { findBestBet, type NamedEntry } from '../lib/aliases.ts';
import { pagefindHref, withBase } from '../lib/urls.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  /** Set on the entry pinned first because the query is its exact name or alias. */
  bestBet?: boolean;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?: unknown;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<PagefindModule> | undefined;

/** The Pagefind module, imported and initialised on first call. */
export function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${pagefindHref()}pagefind.js`)) as PagefindModule;
    // The index is small, so searching on the main thread is quick, and it spares a first search the download
    // of Pagefind's worker script (a second copy of its client, about 12 kB gzipped).
    await module.options({ baseUrl: withBase('/'), excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  })();
  return pagefind;
}

let names: Promise<NamedEntry[]> | undefined;

/** The table of entry names and aliases (names.json), fetched once. */
export function loadNames(): Promise<NamedEntry[]> {
  names ??= fetch(withBase('/names.json')).then((response) => response.json() as Promise<NamedEntry[]>);
  return names;
}

/**
 * Runs a query and returns the data of the first `limit` results in rank order. An entry whose name or alias is
 * the query comes first, marked as the best bet, even if full-text ranking put it lower or missed it.
 */
export async function search(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 20,
): Promise<{ total: number; results: PagefindResultData[] }> {
  const [module, table] = await Promise.all([loadPagefind(), loadNames()]);
  const ranked = (await module.search(query, { filters }))?.results ?? [];
  // A filtered search shows only what matches the filters, so it pins nothing.
  const bet = Object.keys(filters).length > 0 ? undefined : findBestBet(query, table);
  const data = await Promise.all(ranked.slice(0, limit).map((result) => result.data()));
  if (!bet) return { total: ranked.length, results: data };

  const isBet = (result: PagefindResultData) => new URL(result.url, location.origin).pathname === bet.url;
  const pinned: PagefindResultData = {
    url: bet.url,
    // Pagefind excerpts are escaped HTML with <mark>; the summary is plain text, so it is escaped the same way.
    excerpt: bet.summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    meta: { title: bet.title, kind: bet.kind },
    bestBet: true,
  };
  const rest = data.filter((result) => !isBet(result)).slice(0, limit - 1);
  return { total: ranked.length + (data.some(isBet) ? 0 : 1), results: [pinned, ...rest] };
}
