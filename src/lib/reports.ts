/**
 * Which benchmarks an entry reports results on, read from the first column of the tables in its "What it
 * reports" section. Benchmark pages list these entries, so "who reports on this benchmark" is derived from the
 * result tables themselves and never typed twice.
 */
import { normalizeName } from './query.ts';

/** The section of an MDX body under "## What it reports", up to the next "## " heading. */
function reportsSection(body: string): string {
  const start = body.search(/^## What it reports\s*$/m);
  if (start === -1) return '';
  const rest = body.slice(start).replace(/^## What it reports\s*$/m, '');
  const end = rest.search(/^## /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * Ids of the benchmarks named in the first column of the entry's result tables. `lookup` maps a normalised name
 * to a benchmark id; each cell is split at commas, slashes, "and" and "vs", parentheses are dropped, and the
 * longest run of leading words that names a benchmark wins ("GPQA Diamond" -> GPQA, "MathVista (testmini)" ->
 * MathVista).
 */
export function reportedBenchmarks(body: string, lookup: (name: string) => string | undefined): string[] {
  const found = new Set<string>();
  for (const line of reportsSection(body).split('\n')) {
    if (!line.startsWith('|') || /^\|[\s|:-]+\|?\s*$/.test(line)) continue;
    const cell = (line.split('|')[1] ?? '').replace(/<[^>]*>/g, ' ').replace(/\([^)]*\)/g, ' ');
    for (const part of cell.split(/,|;|\/|\band\b|\bvs\.?\b/)) {
      const words = part.trim().split(/\s+/).filter(Boolean);
      for (let length = words.length; length > 0; length -= 1) {
        const id = lookup(normalizeName(words.slice(0, length).join(' ')));
        if (id) {
          found.add(id);
          break;
        }
      }
    }
  }
  return [...found];
}
