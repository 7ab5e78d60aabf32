/**
 * The catalogue's filtering, faceting and sorting, as pure functions over plain rows, so the page script stays a
 * thin layer between the table and these rules. The state lives in the URL so a filtered view can be shared.
 */

/** The facets a reader can filter on, in the order they are shown. */
export const FACETS = ['kind', 'stage', 'source', 'tag', 'supervision', 'year'] as const;
export type Facet = (typeof FACETS)[number];

/** One catalogue entry as the filters see it. */
export interface CatalogueRow {
  id: string;
  title: string;
  /** Lowercased title, aliases and summary, for the text filter. */
  text: string;
  values: Record<Facet, string[]>;
  year?: number | undefined;
}

/** One entry as the catalogue shows it: its filter row plus what a table row displays. */
export interface CatalogueEntry extends CatalogueRow {
  href: string;
  kindLabel: string;
  stageLabel: string;
  summary: string;
  /** Added after the survey: the row carries the mark. */
  afterSurvey?: boolean | undefined;
}

export type SortOrder = 'name' | 'year-desc' | 'year-asc';

export interface CatalogueState {
  query: string;
  sort: SortOrder;
  /** Selected values per facet; a row matches a facet when it has any selected value (OR within a facet). */
  selected: Record<Facet, string[]>;
}

const SORTS: SortOrder[] = ['name', 'year-desc', 'year-asc'];

function emptySelection(): Record<Facet, string[]> {
  return { kind: [], stage: [], source: [], tag: [], supervision: [], year: [] };
}

/** Reads the state from a query string ("?kind=benchmark&tag=mcts&sort=year-desc&q=tree"). */
export function parseCatalogueState(search: string): CatalogueState {
  const params = new URLSearchParams(search);
  const selected = emptySelection();
  for (const facet of FACETS) selected[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
  const sort = params.get('sort');
  return {
    query: (params.get('q') ?? '').trim(),
    sort: SORTS.includes(sort as SortOrder) ? (sort as SortOrder) : 'name',
    selected,
  };
}

/** Writes the state as a query string, leaving out defaults; "" for the unfiltered view. */
export function serializeCatalogueState(state: CatalogueState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.selected[facet]) params.append(facet, value);
  if (state.sort !== 'name') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function matchesQuery(row: CatalogueRow, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => row.text.includes(word));
}

/** Whether a row passes the text filter and every facet, optionally ignoring one facet (for its counts). */
export function rowMatches(row: CatalogueRow, state: CatalogueState, ignore?: Facet): boolean {
  if (!matchesQuery(row, state.query)) return false;
  return FACETS.every((facet) => {
    const chosen = state.selected[facet];
    return facet === ignore || chosen.length === 0 || row.values[facet].some((value) => chosen.includes(value));
  });
}

/**
 * For each facet value, how many rows would match if that value were ticked: rows matching every other facet
 * and the text filter. This is how faceted search usually counts, so ticking a value never shows a count that
 * the result then contradicts.
 */
export function facetCounts(rows: readonly CatalogueRow[], state: CatalogueState): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const facet of FACETS) {
    for (const row of rows) {
      if (!rowMatches(row, state, facet)) continue;
      for (const value of row.values[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** Rows in the chosen order: by name, or by year (newest or oldest first, undated last, then by name). */
export function sortRows<T extends CatalogueRow>(rows: readonly T[], sort: SortOrder): T[] {
  const byName = (a: T, b: T) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });
  if (sort === 'name') return [...rows].sort(byName);
  const direction = sort === 'year-desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (a.year === undefined || b.year === undefined)
      return (a.year === undefined ? 1 : 0) - (b.year === undefined ? 1 : 0) || byName(a, b);
    return direction * (a.year - b.year) || byName(a, b);
  });
}

/** Whether the state is the unfiltered view in name order, which the server-rendered pages already show. */
export function isDefaultState(state: CatalogueState): boolean {
  return serializeCatalogueState(state) === '';
}

/**
 * Rows per page of the catalogue. Every entry is listed without JavaScript: a catalogue larger than this is cut
 * into pages in name order, each a table of at most this many rows, so no page's size grows with the atlas. The
 * filters work across all entries on every page.
 */
export const CATALOGUE_PAGE_SIZE = 150;

/** One page of the catalogue: its number, the slice of entries (from inclusive, to exclusive) and its names. */
export interface CataloguePage {
  number: number;
  from: number;
  to: number;
  /** Titles of the first and last entries, so a pager can say what each page covers ("ADAS – GSM8K"). */
  first: string;
  last: string;
}

/** The pages of a catalogue of `titles` (already in display order), at `size` rows a page; at least one page. */
export function cataloguePages(titles: readonly string[], size: number = CATALOGUE_PAGE_SIZE): CataloguePage[] {
  if (size < 1) throw new Error(`page size must be positive, got ${size}`);
  const pages: CataloguePage[] = [];
  for (let from = 0; from < Math.max(titles.length, 1); from += size) {
    const to = Math.min(from + size, titles.length);
    pages.push({ number: pages.length + 1, from, to, first: titles[from] ?? '', last: titles[to - 1] ?? '' });
  }
  return pages;
}
