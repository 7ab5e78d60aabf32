/**
 * Builds the search index when `astro build` is done: cuts every built page into search records
 * (src/lib/search-records.ts), indexes them with Pagefind's Node API, splits Pagefind's word index into small
 * files (src/lib/search-index.ts says why), and writes what query understanding (src/lib/query.ts) reads:
 * `search-data.json`, what every query needs (record count, every page's facet values, how files are named); the
 * vocabulary in `search-words/` by first letter (see WordsFile) and the names of entries, chapters and terms in
 * `search-names/<n>.json`, a query loading those its words need; the address and title of every page in
 * `search-docs/<n>.json`, loaded for the results shown; and `search-suggest.json`, what "did you mean" offers
 * when nothing matches. Everything lands in the output folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { decode, encode } from 'cborg';
import * as pagefind from 'pagefind';
import {
  buildSearchData,
  capCommonWords,
  chunkRanges,
  numberPages,
  rechunk,
  type ChunkRange,
  type IndexWord,
} from '../lib/search-index.ts';
import type { PageIds } from '../lib/query.ts';
import { searchRecords, type SearchRecord } from '../lib/search-records.ts';

/** Pagefind's files begin, inside their gzip, with this signature. */
const SIGNATURE = Buffer.from('pagefind_dcd');
/** Locations per index file: 1 to 3 kB compressed (a common word alone in its file weighs more). */
const CHUNK_LOCATIONS = 1500;
/** Words in more than this share of the pages keep only their first location a page (capCommonWords). */
const COMMON_SHARE = 0.5;
const COMMON_LOCATIONS = 1;

function unpack(bytes: Uint8Array): unknown {
  const body = gunzipSync(bytes);
  if (!body.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('search index: not a Pagefind file');
  return decode(body.subarray(SIGNATURE.length));
}

function pack(value: unknown): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, encode(value)]), { level: 9 });
}

const shortHash = (bytes: Uint8Array, length: number) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, length);

function htmlPages(folder: string, sitePath = '/'): { sitePath: string; file: string }[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') return [];
      return htmlPages(file, `${sitePath}${name}/`);
    }
    return name === 'index.html' ? [{ sitePath, file }] : [];
  });
}

/**
 * Reworks Pagefind's files in place, keeping its format: the word index re-split into small files (with the
 * commonest words' locations capped), and pages and index files renamed to numbers in Pagefind's own order with a
 * tag of the index (PageIds in src/lib/query.ts says why); the metadata lists the new names and is written once.
 * Returns the index files' count and largest size, the page id scheme and each page's URL, in order.
 */
function reworkIndex(files: Map<string, Uint8Array>): {
  chunks: number;
  largest: number;
  ids: PageIds;
  urls: string[];
} {
  const entry = JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString('utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const languages = Object.entries(entry.languages);
  if (languages.length !== 1) throw new Error('search index: expected one language');
  const [[language, info]] = languages as [[string, { hash: string }]];
  const metaPath = `pagefind.${info.hash}.pf_meta`;
  const meta = unpack(files.get(metaPath)!) as unknown[];
  const pages = meta[1] as [string, ...unknown[]][];

  const words = (meta[2] as ChunkRange[]).flatMap(([, , hash]) => {
    const indexPath = `index/${hash}.pf_index`;
    const chunk = unpack(files.get(indexPath)!) as [IndexWord[]];
    files.delete(indexPath);
    return chunk[0];
  });
  const chunks = rechunk(capCommonWords(words, pages.length, COMMON_SHARE, COMMON_LOCATIONS), CHUNK_LOCATIONS);
  // Numbers compress where a hash each did not: at 2,000 entries the metadata lists 2,000 pages and 800 files.
  const packed = chunks.map((chunk) => pack([chunk]));
  const chunkTag = shortHash(Buffer.concat(packed), 6);
  const names = packed.map((bytes, index) => {
    const name = `${language}_${index}-${chunkTag}`;
    files.set(`index/${name}.pf_index`, bytes);
    return name;
  });
  meta[2] = chunkRanges(chunks, names);

  // Pagefind's metadata names every page by its fragment's hash, so its tag changes with any page's text.
  const { ids, renamed } = numberPages(
    language,
    pages.map(([hash]) => hash),
    shortHash(files.get(metaPath)!, 6),
  );
  const urls = pages.map((page) => {
    const from = `fragment/${page[0]}.pf_fragment`;
    const bytes = files.get(from);
    if (!bytes) throw new Error(`search index: no fragment ${from}`);
    files.delete(from);
    page[0] = renamed.get(page[0])!;
    files.set(`fragment/${page[0]}.pf_fragment`, bytes);
    return (JSON.parse(gunzipSync(bytes).subarray(SIGNATURE.length).toString('utf8')) as { url: string }).url;
  });

  const packedMeta = pack(meta);
  const metaHash = `${language}_${shortHash(packedMeta, 10)}`;
  files.delete(metaPath);
  files.set(`pagefind.${metaHash}.pf_meta`, packedMeta);
  info.hash = metaHash;
  files.set('pagefind-entry.json', Buffer.from(JSON.stringify(entry)));
  return { chunks: chunks.length, largest: Math.max(...packed.map((bytes) => bytes.length)), ids, urls };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'atlas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const records: SearchRecord[] = htmlPages(outDir).flatMap(({ sitePath, file }) =>
          searchRecords(readFileSync(file, 'utf8'), sitePath),
        );
        const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error('search index: Pagefind did not start');
        for (const record of records) {
          const { errors } = await index.addHTMLFile({ url: record.url, content: record.html });
          if (errors.length > 0) throw new Error(`search index: ${record.url}: ${errors.join('; ')}`);
        }
        const { files: written, errors } = await index.getFiles();
        if (errors.length > 0) throw new Error(`search index: ${errors.join('; ')}`);
        await pagefind.close();
        // Pagefind's prebuilt interfaces are not used: the site has its own.
        const files = new Map(
          written.filter((file) => !/-ui\.(js|css)$/.test(file.path)).map((file) => [file.path, file.content]),
        );
        const { chunks, largest, ids, urls } = reworkIndex(files);
        const { data, wordFiles, docFiles, nameShards, suggestions } = buildSearchData(records, { ids, urls });

        const target = path.join(outDir, 'pagefind');
        rmSync(target, { recursive: true, force: true });
        for (const [name, bytes] of files) {
          mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
          writeFileSync(path.join(target, name), bytes);
        }
        const json = JSON.stringify(data);
        writeFileSync(path.join(outDir, 'search-data.json'), json);
        for (const [folder, files] of [
          [
            'search-words',
            [...wordFiles].flatMap(([key, file]): [string, unknown][] => [
              ...(file.words.length > 0 ? [[String(key), file.words] as [string, unknown]] : []),
              ...(file.once.flat().length > 0 ? [[`${key}-once`, file.once] as [string, unknown]] : []),
            ]),
          ],
          ['search-docs', [...docFiles.entries()]],
          ['search-names', [...nameShards.entries()]],
        ] as const) {
          const target = path.join(outDir, folder);
          rmSync(target, { recursive: true, force: true });
          mkdirSync(target);
          for (const [name, file] of files) writeFileSync(path.join(target, `${name}.json`), JSON.stringify(file));
        }
        writeFileSync(path.join(outDir, 'search-suggest.json'), JSON.stringify(suggestions));
        const words = [...wordFiles.values()];
        logger.info(
          `${records.length} records; ${chunks} index files (largest ${(largest / 1024).toFixed(1)} kB); ` +
            `search-data.json ${(gzipSync(json).length / 1024).toFixed(1)} kB gzip; ` +
            `${words.reduce((total, file) => total + file.words.length, 0)} words (and ` +
            `${words.reduce((total, file) => total + file.once.flat().length, 0)} of one record) in ${words.length} ` +
            `files, docs in ${docFiles.length}, names in ${nameShards.length}`,
        );
      },
    },
  };
}
