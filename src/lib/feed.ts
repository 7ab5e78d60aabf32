/**
 * What is new on the site: chapters and entries by the day they were added (then by revision, then by title), for
 * the feed (/feed.xml) and the home page's "Recently added" list.
 */

/** A page as the feed lists it. */
export interface DatedPage {
  title: string;
  /** Site path of the page. */
  path: string;
  /** "Chapter", "Algorithm", "Benchmark"… */
  label: string;
  summary: string;
  /** YYYY-MM-DD. */
  added: string;
  /** YYYY-MM-DD, when revised after it was added. */
  revised?: string | undefined;
}

/** Pages newest first: by the day added, then the day revised, then title; at most `limit` of them. */
export function newestPages<T extends DatedPage>(pages: readonly T[], limit = Infinity): T[] {
  return [...pages]
    .sort(
      (a, b) =>
        b.added.localeCompare(a.added) ||
        (b.revised ?? b.added).localeCompare(a.revised ?? a.added) ||
        a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }),
    )
    .slice(0, limit);
}

/** A day (YYYY-MM-DD) as a Date at noon UTC, so that no time zone moves it to another day. */
export function dayToDate(day: string): Date {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a day: "${day}"`);
  return date;
}

/** "25 November 2026" for "2026-11-25". */
export function dayLabel(day: string): string {
  return dayToDate(day).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
