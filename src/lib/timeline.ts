/**
 * The timeline of the catalogue: entries by the month they first appeared (`published`), grouped by year and
 * month, in order. Marks come from data: an entry's own `milestone`, and the survey's Table 2 (the open-source
 * attempts at o1-style models) for the entries that have a row in it.
 */
import type { Kind, Stage } from './vocabulary.ts';

export interface TimelineEntry {
  id: string;
  title: string;
  kind: Kind;
  stage: Stage;
  /** YYYY-MM. */
  published: string;
  /** A milestone the field turned on ("OpenAI o1 released"). */
  milestone?: string | undefined;
  /** Whether the survey's Table 2 lists it among the open-source attempts. */
  openSourceAttempt?: boolean;
}

export interface TimelineMonth {
  /** YYYY-MM. */
  month: string;
  entries: TimelineEntry[];
}

export interface TimelineYear {
  year: number;
  months: TimelineMonth[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "September 2024" for "2024-09". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`;
}

/** Entries with a month, by year and month in time order, each month's entries by title. */
export function buildTimeline(entries: readonly TimelineEntry[]): TimelineYear[] {
  const byMonth = new Map<string, TimelineEntry[]>();
  for (const entry of entries) byMonth.set(entry.published, [...(byMonth.get(entry.published) ?? []), entry]);
  const years = new Map<number, TimelineMonth[]>();
  for (const month of [...byMonth.keys()].sort()) {
    const year = Number(month.slice(0, 4));
    const sorted = byMonth.get(month)!.sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
    years.set(year, [...(years.get(year) ?? []), { month, entries: sorted }]);
  }
  return [...years].map(([year, months]) => ({ year, months }));
}
