/**
 * Loads Pagefind's client from the built site, once, when a reader shows intent to search. Nothing here runs
 * until it is imported on demand.
 */
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

/** Runs a query and returns the data of the first `limit` results in rank order. */
export async function search(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 20,
): Promise<{ total: number; results: PagefindResultData[] }> {
  const module = await loadPagefind();
  const response = await module.search(query, { filters });
  if (!response) return { total: 0, results: [] };
  const results = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { total: response.results.length, results };
}
