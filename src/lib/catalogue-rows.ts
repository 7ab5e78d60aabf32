/** Builds the catalogue rows (the filters' view of an entry) from entry data; shared by the page and its script. */
import type { CatalogueRow, Facet } from './catalogue.ts';

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
}

/** The filter row of one entry: its facet values and its searchable text. */
export function catalogueRow(entry: EntryFacts): CatalogueRow {
  const values: Record<Facet, string[]> = {
    kind: [entry.kind],
    stage: [entry.stage],
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
