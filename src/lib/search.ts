/** Pure helpers shared by the search dialog and the search page. */

/** A run of excerpt text, highlighted or not. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Splits a Pagefind excerpt ("text with <mark>hits</mark>", entities escaped) into plain segments, so it can be
 * shown with textContent and never parsed as HTML.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) segments.push({ text: decodeEntities(part.replace(/<[^>]*>/g, '')), mark });
  }
  return segments;
}

/** Reads the query and the selected filters from a search page URL's query string. */
export function parseSearchParams(search: string): { query: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of ['kind', 'stage', 'year']) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** "1 result", "12 results", "No results" for a query, for the live region screen readers announce. */
export function describeCount(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}
