/**
 * Build-time pieces of search that are plain data transformations: the vocabulary and name table written to
 * search-data.json, and the re-chunking of Pagefind's word index.
 *
 * Why re-chunk: Pagefind 1.6 cuts its word index into files of about 20,000 word locations each (a constant in
 * its indexer, not an option), about 27 kB compressed here. A query fetches the file holding each of its words,
 * so a four-word query cost over 100 kB. Split into files of a few thousand locations, a query fetches only a
 * few kilobytes per word. The files keep Pagefind's format (gzip of "pagefind_dcd" + CBOR), and the metadata
 * file lists the new ones, so Pagefind's client reads them as its own. The tests search the built site, so a
 * change of format in a new Pagefind version fails them.
 */
import { normalizeName, tokenize, type Named, type SearchData, type SearchDoc } from './query.ts';
import type { SearchRecord } from './search-records.ts';

/** A word of Pagefind's index as decoded from CBOR: [word, pages, ...], each page [number, locations, ...]. */
export type IndexWord = [string, [number, number[], ...unknown[]][], ...unknown[]];

/** Pagefind's chunk entry in its metadata: [first word, last word, file hash]. */
export type ChunkRange = [from: string, to: string, hash: string];

/** How many locations a word adds to a chunk (Pagefind's own measure: locations plus one per page). */
function wordSize(word: IndexWord): number {
  return word[1].reduce((total, page) => total + page[1].length + 1, 0);
}

/**
 * Re-splits Pagefind's words, sorted as Pagefind sorts them, into chunks of at most about `limit` locations (a
 * single word larger than that gets a chunk of its own).
 */
export function rechunk(words: readonly IndexWord[], limit: number): IndexWord[][] {
  const sorted = [...words].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const chunks: IndexWord[][] = [];
  let current: IndexWord[] = [];
  let size = 0;
  for (const word of sorted) {
    const added = wordSize(word);
    if (current.length > 0 && size + added > limit) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(word);
    size += added;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The metadata ranges of chunks, given each chunk's file hash. */
export function chunkRanges(chunks: readonly IndexWord[][], hashes: readonly string[]): ChunkRange[] {
  return chunks.map((chunk, index) => [chunk[0]![0], chunk.at(-1)![0], hashes[index]!]);
}

/**
 * Words of the records with the number of records each occurs in. Words of one record only are listed apart,
 * without counts (they are mostly numbers and rare names, which correction should not aim at), except the words
 * of titles, names, paper titles and authors, which count as common.
 */
export function buildVocabulary(records: readonly SearchRecord[]): { words: [string, number][]; rare: string } {
  const counts = new Map<string, number>();
  const always = new Set<string>();
  for (const record of records) {
    for (const word of new Set(tokenize(record.text))) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const name of [record.title, ...record.aliases, record.context ?? ''])
      for (const word of tokenize(name)) always.add(word);
  }
  for (const word of always) if (!counts.has(word)) counts.set(word, 1);
  const sorted = [...counts].filter(([word]) => word.length <= 30).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const common = (word: string, count: number) => count > 1 || always.has(word);
  return {
    words: sorted.filter(([word, count]) => common(word, count)),
    // Numbers are never corrected, so they need not be listed to count as known.
    rare: sorted
      .filter(([word, count]) => !common(word, count) && !/^\p{N}+$/u.test(word))
      .map(([word]) => word)
      .join(' '),
  };
}

const RANKS: Record<string, number> = { 'Chapter section': 3, Chapter: 1, 'Glossary term': 2 };

/** The things with names (entries, chapters, glossary terms), each with its normalised names. */
export function namedThings(records: readonly SearchRecord[]): Named[] {
  return records
    .filter((record) => record.kind !== 'Chapter section')
    .map((record) => {
      const title = normalizeName(record.title);
      const names = [...record.aliases, record.paper ?? ''].map(normalizeName);
      return {
        url: record.url,
        title: record.title,
        names: [...new Set(names)].filter((name) => name && name !== title),
        rank: RANKS[record.kind] ?? 0,
      };
    });
}

/** What a result is, for each record, keyed by Pagefind's page id. */
export function searchDocs(
  records: readonly SearchRecord[],
  ids: ReadonlyMap<string, string>,
): Record<string, SearchDoc> {
  const docs: Record<string, SearchDoc> = {};
  for (const record of records) {
    const id = ids.get(record.url);
    if (!id) throw new Error(`search index: Pagefind has no page for ${record.url}`);
    docs[id] = { url: record.url, title: record.title, filters: { ...record.filters, kind: [record.kind] } };
  }
  return docs;
}

/** The whole of search-data.json, and the rare words for search-rare.txt. */
export function buildSearchData(
  records: readonly SearchRecord[],
  ids: ReadonlyMap<string, string>,
): { data: SearchData; rare: string } {
  const { words, rare } = buildVocabulary(records);
  return {
    data: { records: records.length, words, named: namedThings(records), docs: searchDocs(records, ids) },
    rare,
  };
}
