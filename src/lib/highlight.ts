/** Where the words of a search query occur in a text, for highlighting them on the page a result opens. */

/** The distinct words of a query worth highlighting: at least two characters, lowercased. */
export function highlightTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/\s+/)
        .filter((term) => term.length >= 2),
    ),
  ];
}

/**
 * Non-overlapping [start, end) ranges of `text` where any term occurs, case-insensitively, in order. A longer
 * term wins where two would overlap.
 */
export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    for (let index = lower.indexOf(term); index !== -1; index = lower.indexOf(term, index + term.length)) {
      const end = index + term.length;
      if (!found.some(([start, stop]) => index < stop && end > start)) found.push([index, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
