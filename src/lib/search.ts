/** Pure helpers shared by the search dialog and the search page. */

/** The facets a search can be narrowed by, as named in the URL. */
export const FACET_NAMES = ['kind', 'stage', 'year', 'chapter'] as const;

/** What a search page URL asks for. */
export interface SearchParams {
  query: string;
  filters: Record<string, string[]>;
  /** Search the words as typed, without correcting them ("search instead for …"). */
  exact: boolean;
}

/** Reads the query, the selected facet values and the exact flag from a search page URL's query string. */
export function parseSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of FACET_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, exact: params.get('exact') === '1' };
}

/** The query string for a search: the inverse of parseSearchParams ("" for an empty search). */
export function searchQueryString({ query, filters, exact }: SearchParams): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of FACET_NAMES) for (const value of filters[name] ?? []) params.append(name, value);
  if (exact) params.set('exact', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** "1 result", "12 results", "No results" for a query, for the live region screen readers announce. */
export function describeCount(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

/** Toggles one facet value in a selection, returning a new selection. */
export function toggleFilter(
  filters: Record<string, string[]>,
  facet: string,
  value: string,
): Record<string, string[]> {
  const current = filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  const copy = { ...filters };
  if (next.length > 0) copy[facet] = next;
  else delete copy[facet];
  return copy;
}

const RECENT_LIMIT = 6;

/** The recent-searches list after a search: newest first, no repeats (ignoring case), at most six. */
export function rememberSearch(recent: readonly string[], query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [...recent];
  return [trimmed, ...recent.filter((item) => item.toLowerCase() !== trimmed.toLowerCase())].slice(0, RECENT_LIMIT);
}
