/**
 * Side-by-side comparison of entries (/compare/?ids=ppo,grpo,dpo): the shape of what the build writes for each
 * entry, how the page reads its URL, and how the relations among the compared entries are worded. The page's
 * script (src/scripts/compare.ts) loads this module, so it imports nothing heavier than types; what only the build
 * needs is in compare-entry.ts.
 */
import type { Connection } from './lineage.ts';
import type { Relation } from './vocabulary.ts';

/** At most this many entries side by side: more columns do not fit a screen. */
export const MAX_COMPARED = 4;

/** A link to another entry, with how the compared entry relates to it. */
export interface CompareLink {
  id: string;
  title: string;
  href: string;
  relation: Relation;
  direction: Connection['direction'];
  /** How the link reads from the compared entry ("Extends", "Used by"), worded at build time. */
  label: string;
}

/** One reported number as the comparison shows it. */
export interface CompareReport {
  benchmark: string;
  /** The benchmark's entry, when it has one. */
  href?: string | undefined;
  /** "89.1% accuracy". */
  value: string;
  model: string;
  /** "256 samples · verifier: Math-Shepherd", or empty. */
  setting: string;
}

/** What the build writes for one entry (`/compare/entry/<id>.json`). */
export interface CompareEntry {
  id: string;
  title: string;
  href: string;
  summary: string;
  kind: string;
  stage: string;
  stageHref: string;
  supervision?: string | undefined;
  /** "February 2024 · arXiv preprint" (or the year alone without a month), or empty. */
  published: string;
  needs: string[];
  /** The key equation rendered by KaTeX at build time, and a link to it on the entry page. */
  equation?: { html: string; href: string } | undefined;
  reports: CompareReport[];
  /** How many more results the entry page lists. */
  moreReports: number;
  links: CompareLink[];
}

/**
 * The entries a URL asks to compare: the `ids` parameter split at commas, repeats dropped, at most MAX_COMPARED
 * known ids in the order given; the others are returned so that the page can say why it left them out.
 */
export function parseCompareIds(
  search: string,
  isKnown: (id: string) => boolean,
): { ids: string[]; unknown: string[]; tooMany: string[] } {
  const raw = new URLSearchParams(search).get('ids') ?? '';
  const ids: string[] = [];
  const unknown: string[] = [];
  const tooMany: string[] = [];
  for (const id of raw.split(',').map((part) => part.trim().toLowerCase())) {
    if (!id || ids.includes(id) || unknown.includes(id) || tooMany.includes(id)) continue;
    if (!isKnown(id)) unknown.push(id);
    else if (ids.length >= MAX_COMPARED) tooMany.push(id);
    else ids.push(id);
  }
  return { ids, unknown, tooMany };
}

/** The query string for a comparison: "?ids=ppo,grpo", or empty for none. */
export function compareSearch(ids: readonly string[]): string {
  return ids.length > 0 ? `?ids=${ids.join(',')}` : '';
}

const VERBS: Record<Relation, string> = {
  'builds-on': 'builds on',
  extends: 'extends',
  uses: 'uses',
  'compares-with': 'is compared with',
};

/**
 * How the compared entries relate to one another, one sentence each ("GRPO extends PPO"), read from the side
 * that declares the relation; a pair linked from both sides is worded once.
 */
export function relationsAmong(entries: readonly Pick<CompareEntry, 'id' | 'title' | 'links'>[]): string[] {
  const titles = new Map(entries.map((entry) => [entry.id, entry.title]));
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const entry of entries) {
    for (const link of entry.links) {
      if (link.direction !== 'forward' || !titles.has(link.id) || link.id === entry.id) continue;
      const pair = [entry.id, link.id].sort().join('\0');
      if (seen.has(pair)) continue;
      seen.add(pair);
      sentences.push(`${entry.title} ${VERBS[link.relation]} ${titles.get(link.id)}`);
    }
  }
  return sentences;
}

/** An entry's links grouped by how they read from it ("Extends", "Used by"), in the order first met. */
export function groupLinks(links: readonly CompareLink[]): { label: string; links: CompareLink[] }[] {
  const groups = new Map<string, CompareLink[]>();
  for (const link of links) groups.set(link.label, [...(groups.get(link.label) ?? []), link]);
  return [...groups].map(([label, grouped]) => ({ label, links: grouped }));
}
