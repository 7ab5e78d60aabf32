/**
 * Rows of the survey's three tables, built from catalogue entries: grouped in the survey's order and sorted within
 * a group by year, then name.
 */
import { ANNOTATORS, TRAINING_FREE_FAMILIES } from './vocabulary.ts';

export const SURVEY_TABLES = ['data-construction', 'open-source', 'training-free'] as const;
export type SurveyTableName = (typeof SURVEY_TABLES)[number];

/** What the table builder needs of an entry. */
export interface TableEntry {
  id: string;
  title: string;
  year?: number | undefined;
  supervision?: string | undefined;
  surveyTables?:
    | {
        dataConstruction?: { annotator: string; task: string; method: string } | undefined;
        openSource?: { data: string; training: string; testTime: string } | undefined;
        trainingFree?: { family: string; approach: string } | undefined;
      }
    | undefined;
}

export interface TableGroup<T> {
  /** Group heading (annotator or family); empty for the ungrouped open-source table. */
  group: string;
  entries: T[];
}

const byYearThenName = (a: TableEntry, b: TableEntry) =>
  (a.year ?? 9999) - (b.year ?? 9999) || a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });

/** The entries of one table, grouped in the survey's order; groups without entries are left out. */
export function surveyTableGroups<T extends TableEntry>(name: SurveyTableName, entries: readonly T[]): TableGroup<T>[] {
  if (name === 'open-source') {
    return [{ group: '', entries: entries.filter((entry) => entry.surveyTables?.openSource).sort(byYearThenName) }];
  }
  const groups: readonly string[] = name === 'data-construction' ? ANNOTATORS : TRAINING_FREE_FAMILIES;
  const groupOf = (entry: T) =>
    name === 'data-construction'
      ? entry.surveyTables?.dataConstruction?.annotator
      : entry.surveyTables?.trainingFree?.family;
  return groups
    .map((group) => ({ group, entries: entries.filter((entry) => groupOf(entry) === group).sort(byYearThenName) }))
    .filter((group) => group.entries.length > 0);
}
