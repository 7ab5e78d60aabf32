/** Builds the catalogue rows (the filters' view of an entry) from entry data; shared by the page and its script. */
import type { CatalogueEntry, CatalogueRow, Facet } from './catalogue.ts';
import { methodHref } from './urls.ts';
import { kindLabel, stageLabel, type Kind, type Stage } from './vocabulary.ts';

export interface EntryFacts {
  id: string;
  title: string;
  aliases: readonly string[];
  summary: string;
  kind: string;
  stage: string;
  tags: readonly string[];
  supervision?: string | undefined;
  year?: number | undefined;
  /** Added after the survey, about work it does not cover. */
  afterSurvey?: boolean | undefined;
}

/** The values of the `source` facet: from the survey's scope, or added after it. */
export const SOURCE_LABELS = { survey: 'In the survey', 'after-survey': 'Added after the survey' } as const;

/** The filter row of one entry: its facet values and its searchable text. */
export function catalogueRow(entry: EntryFacts): CatalogueRow {
  const values: Record<Facet, string[]> = {
    kind: [entry.kind],
    stage: [entry.stage],
    source: [entry.afterSurvey ? 'after-survey' : 'survey'],
    tag: [...entry.tags],
    supervision: entry.supervision ? [entry.supervision] : [],
    year: entry.year ? [String(entry.year)] : [],
  };
  return {
    id: entry.id,
    title: entry.title,
    text: [entry.title, ...entry.aliases, entry.summary].join(' ').toLowerCase(),
    values,
    year: entry.year,
  };
}

/** The catalogue's view of an entry: its filter row and what its table row shows. */
export function catalogueEntry(entry: EntryFacts): CatalogueEntry {
  return {
    ...catalogueRow(entry),
    href: methodHref(entry.id),
    kindLabel: kindLabel(entry.kind as Kind),
    stageLabel: stageLabel(entry.stage as Stage),
    summary: entry.summary,
    ...(entry.afterSurvey ? { afterSurvey: true } : {}),
  };
}
