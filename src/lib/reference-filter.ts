/**
 * The bibliography's filters, by year and by the chapter that cites a work. The bibliography is paged, so the
 * filters search every work from any page: the build writes each work's row as data (`/references/works.json`),
 * which the page's script loads on first use. Shared by that endpoint, the page and its script, so it imports
 * nothing: the BibTeX parser behind `referenceRow` (src/lib/bibliography.ts) stays out of the browser.
 */
/** One work as the filters see it and as a filtered list shows it. */
export interface ReferenceRow {
  key: string;
  year: number;
  /** Ids of the chapters that cite the work, in reading order. */
  chapters: string[];
  /** The author line the list shows (`formatAuthorsLong`). */
  authors: string;
  title: string;
  venue?: string;
  arxiv?: string;
  doi?: string;
  url?: string;
  bibtex: string;
}

/** What the reader filters by; an absent field matches every work. */
export interface ReferenceFilter {
  year?: number | undefined;
  /** A chapter id. */
  chapter?: string | undefined;
}

/** Citation key -> ids of the chapters that cite it, in the chapters' order, from each chapter's cited keys. */
export function citingChapters(chapters: readonly { id: string; cites: Iterable<string> }[]): Map<string, string[]> {
  const citedIn = new Map<string, string[]>();
  for (const chapter of chapters) {
    for (const key of new Set(chapter.cites)) {
      const list = citedIn.get(key) ?? [];
      list.push(chapter.id);
      citedIn.set(key, list);
    }
  }
  return citedIn;
}

/** True when the filter leaves every work in (the page then shows its own list). */
export function isUnfiltered(filter: ReferenceFilter): boolean {
  return filter.year === undefined && filter.chapter === undefined;
}

/** The works that match the filter, in the order given. */
export function filterReferences<T extends Pick<ReferenceRow, 'year' | 'chapters'>>(
  rows: readonly T[],
  filter: ReferenceFilter,
): T[] {
  return rows.filter(
    (row) =>
      (filter.year === undefined || row.year === filter.year) &&
      (filter.chapter === undefined || row.chapters.includes(filter.chapter)),
  );
}

/** Each year with works, newest first, and how many works it has. */
export function yearCounts(rows: readonly Pick<ReferenceRow, 'year'>[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.year, (counts.get(row.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[0] - a[0]);
}

/** Reads the filter from a URL's query ("?year=2024&chapter=learning-to-reason"); ignores what it cannot read. */
export function parseReferenceFilter(search: string): ReferenceFilter {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  const chapter = params.get('chapter');
  return {
    ...(Number.isInteger(year) && year > 0 ? { year } : {}),
    ...(chapter ? { chapter } : {}),
  };
}

/** The filter as a URL query, "" when unfiltered, so a filtered list can be bookmarked or shared. */
export function serializeReferenceFilter(filter: ReferenceFilter): string {
  const params = new URLSearchParams();
  if (filter.year !== undefined) params.set('year', String(filter.year));
  if (filter.chapter !== undefined) params.set('chapter', filter.chapter);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The status line of a filtered list: "12 works from 2024 cited in Learning to reason". */
export function referenceFilterStatus(count: number, filter: ReferenceFilter, chapterTitle?: string): string {
  const works = count === 0 ? 'No works' : `${count} ${count === 1 ? 'work' : 'works'}`;
  const year = filter.year === undefined ? '' : ` from ${filter.year}`;
  const chapter = filter.chapter === undefined ? '' : ` cited in ${chapterTitle ?? filter.chapter}`;
  return `${works}${year}${chapter}`;
}
