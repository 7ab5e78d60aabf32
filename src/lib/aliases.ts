/**
 * Exact-name lookup for search: a query that is an entry's name or one of its aliases ("PRM", "ToT",
 * "ReST-MCTS*", "pass@k") pins that entry first as the best bet, whatever the full-text ranking says.
 */

/** What the search needs to show an entry as a best bet. */
export interface NamedEntry {
  id: string;
  title: string;
  kind: string;
  summary: string;
  url: string;
  /** Normalised forms of the title and every alias. */
  names: string[];
}

/**
 * Folds case, accents, spacing and punctuation, so "ReST-MCTS*", "rest mcts*" and "ReST MCTS" compare equal,
 * as do "Best-of-N" and "best of n". Returns "" for a query with no letters or digits.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Builds the lookup entry of a catalogue entry from its title and aliases. */
export function namedEntry(entry: Omit<NamedEntry, 'names'>, aliases: readonly string[]): NamedEntry {
  const names = [...new Set([entry.title, ...aliases].map(normalizeName).filter(Boolean))];
  return { ...entry, names };
}

/** The entry whose title or alias equals the query once both are normalised, if exactly one does. */
export function findBestBet(query: string, entries: readonly NamedEntry[]): NamedEntry | undefined {
  const key = normalizeName(query);
  if (!key) return undefined;
  const matches = entries.filter((entry) => entry.names.includes(key));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Names that two entries share (each would make the other's best bet ambiguous): "name: id, id". */
export function sharedNames(entries: readonly NamedEntry[]): string[] {
  const owners = new Map<string, string[]>();
  for (const entry of entries)
    for (const name of entry.names) owners.set(name, [...(owners.get(name) ?? []), entry.id]);
  return [...owners].filter(([, ids]) => ids.length > 1).map(([name, ids]) => `${name}: ${ids.join(', ')}`);
}
