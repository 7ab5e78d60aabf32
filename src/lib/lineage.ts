/**
 * Derived connections between pages: which chapters discuss an entry, and each entry's relations read from both
 * ends. None of this is typed by hand; it follows from the chapters' bodies and the entries' `related` fields.
 */
import type { Relation } from './vocabulary.ts';
import { extractBodyRefs } from './mdx-refs.ts';

export interface ChapterBody {
  id: string;
  body: string;
}

export interface EntryLinks {
  id: string;
  paper?: string | undefined;
  /** The survey tables the entry has a row in ("data-construction", ...). */
  tables?: readonly string[];
  related: readonly { entry: string; relation: Relation }[];
}

/** One connection as shown on an entry page. */
export interface Connection {
  entry: string;
  relation: Relation;
  /** forward: this entry declared it; reverse: the other entry declared it about this one. */
  direction: 'forward' | 'reverse';
}

/**
 * Maps each entry id to the chapters that discuss it, in the given chapter order: a chapter discusses an entry
 * when it links it with <M id>, cites the entry's paper with <Cite key>, or shows a survey table it is a row of.
 */
export function deriveDiscussedIn(
  chapters: readonly ChapterBody[],
  entries: readonly EntryLinks[],
): Map<string, string[]> {
  const entriesByPaper = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.paper === undefined) continue;
    entriesByPaper.set(entry.paper, [...(entriesByPaper.get(entry.paper) ?? []), entry.id]);
  }
  const result = new Map<string, string[]>(entries.map((entry) => [entry.id, []]));
  for (const chapter of chapters) {
    const refs = extractBodyRefs(chapter.body);
    const discussed = new Set(refs.entries);
    for (const key of refs.cites) for (const id of entriesByPaper.get(key) ?? []) discussed.add(id);
    for (const entry of entries)
      if (entry.tables?.some((table) => refs.tables.includes(table))) discussed.add(entry.id);
    for (const id of discussed) result.get(id)?.push(chapter.id);
  }
  return result;
}

/**
 * Maps each entry id to its connections: the relations it declares, then those other entries declare about it
 * (shown with the reverse reading). A pair declared from both ends is kept once, as declared here.
 */
export function deriveConnections(entries: readonly EntryLinks[]): Map<string, Connection[]> {
  const result = new Map<string, Connection[]>(entries.map((entry) => [entry.id, []]));
  for (const entry of entries) {
    for (const link of entry.related) {
      result.get(entry.id)?.push({ entry: link.entry, relation: link.relation, direction: 'forward' });
    }
  }
  for (const entry of entries) {
    for (const link of entry.related) {
      const target = result.get(link.entry);
      if (!target || target.some((connection) => connection.entry === entry.id)) continue;
      target.push({ entry: entry.id, relation: link.relation, direction: 'reverse' });
    }
  }
  return result;
}
