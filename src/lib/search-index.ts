/**
 * Build-time pieces of search that are plain data transformations: the vocabulary and result data written to
 * search-data.json, the name files, and the re-chunking of Pagefind's word index.
 *
 * Why re-chunk: Pagefind 1.6 cuts its word index into files of about 20,000 word locations each (a constant in
 * its indexer, not an option), about 27 kB compressed here. A query fetches the file holding each of its words,
 * so a four-word query cost over 100 kB. Split into files of a few thousand locations, a query fetches only a
 * few kilobytes per word. The files keep Pagefind's format (gzip of "pagefind_dcd" + CBOR), and the metadata
 * file lists the new ones, so Pagefind's client reads them as its own. The tests search the built site, so a
 * change of format in a new Pagefind version fails them.
 */
import {
  docsFileOf,
  encodeFacets,
  nameShardOf,
  normalizeName,
  pageId,
  wordFileOf,
  tokenize,
  type Named,
  type DocsFile,
  type PageIds,
  type SearchData,
  type SearchDoc,
  type WordsFile,
} from './query.ts';
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

/**
 * Keeps, for a word found in more than `share` of the pages, at most `limit` locations a page (the first ones: the
 * title and headings come first). A word that common adds little to a page's score, while its full location lists
 * made it the largest file a query fetched: "model", in nearly every page of a 2,000-entry atlas, weighed 31 kB
 * compressed. Pagefind writes locations as gaps from the previous one, with a negative number now and then that
 * sets the weight of the ones after it, so a list is cut after its `limit`-th location and never after a weight.
 */
export function capCommonWords(words: readonly IndexWord[], pages: number, share: number, limit: number): IndexWord[] {
  return words.map((word) => {
    if (word[1].length <= pages * share) return word;
    const capped = word[1].map((page) => {
      const kept: number[] = [];
      let locations = 0;
      for (const value of page[1]) {
        if (locations === limit) break;
        kept.push(value);
        if (value >= 0) locations += 1;
      }
      return [page[0], kept, ...page.slice(2)] as IndexWord[1][number];
    });
    return [word[0], capped, ...word.slice(2)] as IndexWord;
  });
}

/** The highest character: Pagefind compares words as UTF-8 bytes, so by code point. */
const HIGHEST = String.fromCodePoint(0x10ffff);

/** The last string before `word` that a query can hold: its last letter one lower, then the highest character. */
function justBefore(word: string): string {
  const letters = [...word];
  const last = letters.pop()!.codePointAt(0)!;
  return last === 0 ? letters.join('') : `${letters.join('')}${String.fromCodePoint(last - 1)}${HIGHEST}`;
}

/**
 * The metadata ranges of chunks, given each chunk's file hash: each from its first word to just before the next
 * chunk's, so that together they leave no gap. Pagefind looks a query word up both as typed and stemmed, and the
 * index holds stems only: a word as typed ("relative") often sorts between two chunks, and in a gap Pagefind
 * loads every chunk whose bounds share the word's first letters ("re..re", "questionanswer..r"), 8 kB for one
 * word at 2,000 entries. With no gaps it loads the one chunk whose range holds the word.
 */
export function chunkRanges(chunks: readonly IndexWord[][], hashes: readonly string[]): ChunkRange[] {
  return chunks.map((chunk, index) => {
    const next = chunks[index + 1]?.[0]?.[0];
    return [index === 0 ? '' : chunk[0]![0], next === undefined ? HIGHEST : justBefore(next), hashes[index]!];
  });
}

/**
 * Words of the records with the number of records each occurs in, those of a title marked, in vocabulary files by
 * first letter (see WordsFile). Words of one record are listed apart: first those of titles, then those of other
 * names, titles of papers and authors (both correction targets), then the rest, mostly numbers and rare names that
 * correction should not aim at.
 */
export function buildVocabulary(records: readonly SearchRecord[]): Map<number, WordsFile> {
  const counts = new Map<string, number>();
  const named = new Set<string>();
  const titleWords = new Set<string>();
  for (const record of records) {
    for (const word of new Set(tokenize(record.text))) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const name of [record.title, ...record.aliases, record.context ?? ''])
      for (const word of tokenize(name)) named.add(word);
    if (record.kind !== 'Chapter section') for (const word of tokenize(record.title)) titleWords.add(word);
  }
  for (const word of named) if (!counts.has(word)) counts.set(word, 1);
  const sorted = [...counts].filter(([word]) => word.length <= 30).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const files = new Map<number, WordsFile>();
  for (const [word, count] of sorted) {
    const key = wordFileOf(word);
    let file = files.get(key);
    if (!file) {
      file = { words: [], once: [[], [], []] };
      files.set(key, file);
    }
    if (count > 1) file.words.push(titleWords.has(word) ? [word, count, 1] : [word, count]);
    else if (titleWords.has(word)) file.once[0].push(word);
    else if (named.has(word)) file.once[1].push(word);
    // Numbers are never corrected, so they need not be listed to count as known.
    else if (!/^\p{N}+$/u.test(word)) file.once[2].push(word);
  }
  for (const [key, file] of files) if (file.words.length + file.once.flat().length === 0) files.delete(key);
  return new Map([...files].sort((a, b) => a[0] - b[0]));
}

const RANKS: Record<string, number> = { 'Chapter section': 3, Chapter: 1, 'Glossary term': 2 };

/**
 * The things with names (entries, chapters, glossary terms), each with its normalised names and its page number
 * (`pageOf`: URL to Pagefind's page number).
 */
export function namedThings(records: readonly SearchRecord[], pageOf: ReadonlyMap<string, number>): Named[] {
  return records
    .filter((record) => record.kind !== 'Chapter section')
    .map((record) => {
      const title = normalizeName(record.title);
      const names = [...record.aliases, record.paper ?? ''].map(normalizeName);
      const page = pageOf.get(record.url);
      if (page === undefined) throw new Error(`search index: Pagefind has no page for ${record.url}`);
      return {
        url: record.url,
        page,
        title: record.title,
        names: [...new Set(names)].filter((name) => name && name !== title),
        rank: RANKS[record.kind] ?? 0,
      };
    });
}

/**
 * New ids for Pagefind's pages, numbered in its order (see PageIds): `hashes` are its page ids in order, `tag` a
 * few characters that change with the index. Returns the id scheme and each old id's new one.
 */
export function numberPages(
  language: string,
  hashes: readonly string[],
  tag: string,
): { ids: PageIds; renamed: Map<string, string> } {
  const ids = { prefix: `${language}_`, suffix: `-${tag}` };
  return { ids, renamed: new Map(hashes.map((hash, index) => [hash, pageId(ids, index)])) };
}

/** What a result is, for each of Pagefind's pages in order, given the URL of each (`urls[n]` for page n). */
export function searchDocs(records: readonly SearchRecord[], urls: readonly string[]): SearchDoc[] {
  const byUrl = new Map(records.map((record) => [record.url, record]));
  const indexed = new Set(urls);
  for (const record of records)
    if (!indexed.has(record.url)) throw new Error(`search index: Pagefind has no page for ${record.url}`);
  return urls.map((url) => {
    const record = byUrl.get(url);
    if (!record) throw new Error(`search index: Pagefind has a page for ${url}, which is no record`);
    return { url: record.url, title: record.title, filters: { ...record.filters, kind: [record.kind] } };
  });
}

/** Each named thing in the file of each of its names (nameShardOf), in `count` files. */
export function shardNames(named: readonly Named[], count: number): Named[][] {
  const shards = Array.from({ length: count }, (): Named[] => []);
  for (const thing of named) {
    const files = new Set([normalizeName(thing.title), ...thing.names].map((name) => nameShardOf(name, count)));
    for (const file of files) shards[file]!.push(thing);
  }
  return shards;
}

/** Names in a file, on average: a query loads a few files of about this many things. */
const NAMES_PER_SHARD = 16;

/**
 * What "did you mean" offers when nothing matches: the entries, each with its short names (aliases, acronyms),
 * loaded only then. Paper titles, long and rarely typed whole, are left out.
 */
export function suggestionNames(named: readonly Named[]): Named[] {
  return named
    .filter((thing) => thing.rank === 0)
    .map((thing) => ({ ...thing, names: thing.names.filter((name) => name.length <= 24) }));
}

/** Pages per docs file (search-docs/<n>.json): a query shows five or ten results, fetching their files only. */
export const DOCS_PER_FILE = 32;

/**
 * The whole of search-data.json, the vocabulary files (search-words/<code point>.json), the docs files
 * (search-docs/<n>.json), the name files (search-names/<n>.json) and the names "did you mean" chooses from
 * (search-suggest.json).
 */
export function buildSearchData(
  records: readonly SearchRecord[],
  pages: { ids: PageIds; urls: readonly string[] },
): {
  data: SearchData;
  wordFiles: Map<number, WordsFile>;
  docFiles: DocsFile[];
  nameShards: Named[][];
  suggestions: Named[];
} {
  const wordFiles = buildVocabulary(records);
  const docs = searchDocs(records, pages.urls);
  const named = namedThings(records, new Map(pages.urls.map((url, index) => [url, index])));
  const nameShards = shardNames(named, Math.max(1, Math.ceil(named.length / NAMES_PER_SHARD)));
  const docFiles: DocsFile[] = [];
  docs.forEach((doc, page) => {
    const { file } = docsFileOf(page, DOCS_PER_FILE);
    (docFiles[file] ??= []).push([doc.url, doc.title]);
  });
  return {
    data: {
      records: records.length,
      wordFiles: [...wordFiles].filter(([, file]) => file.words.length > 0).map(([key]) => key),
      onceFiles: [...wordFiles].filter(([, file]) => file.once.flat().length > 0).map(([key]) => key),
      nameShards: nameShards.length,
      pages: docs.length,
      facets: encodeFacets(docs),
      docsPerFile: DOCS_PER_FILE,
      ids: pages.ids,
    },
    wordFiles,
    docFiles,
    nameShards,
    suggestions: suggestionNames(named),
  };
}
