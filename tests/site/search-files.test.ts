/**
 * A result's address and title have three sources in the built search files, and search takes them from whichever
 * a query has already loaded: its docs file, a name file that lists it, or its Pagefind fragment (for the results
 * the search page shows first). The three must agree for every page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { DocsFile, Named, SearchData } from '../../src/lib/query.ts';

const dist = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist');
const json = <T>(file: string): T => JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as T;

const data = json<SearchData>('search-data.json');
const docs: DocsFile = [];
for (let file = 0; file * data.docsPerFile < data.pages; file += 1)
  docs.push(...json<DocsFile>(`search-docs/${file}.json`));

test('the docs files hold one address and title for each of Pagefind’s pages', () => {
  assert.equal(docs.length, data.pages);
  assert.equal(new Set(docs.map(([url]) => url)).size, data.pages);
});

test('each page’s fragment names the same address and title as its docs file', () => {
  const signature = 'pagefind_dcd'.length;
  docs.forEach(([url, title], page) => {
    const file = `pagefind/fragment/${data.ids.prefix}${page}${data.ids.suffix}.pf_fragment`;
    const fragment = JSON.parse(
      gunzipSync(readFileSync(path.join(dist, file)))
        .toString('utf8')
        .slice(signature),
    ) as {
      url: string;
      meta: { title: string };
    };
    assert.deepEqual([fragment.url, fragment.meta.title], [url, title], file);
  });
});

test('each named thing in the name files has the address and title of its page', () => {
  const files = readdirSync(path.join(dist, 'search-names'));
  assert.equal(files.length, data.nameShards);
  for (const file of files)
    for (const named of json<Named[]>(`search-names/${file}`))
      assert.deepEqual([named.url, named.title], docs[named.page], `search-names/${file}: ${named.url}`);
});
