import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildSearchData,
  buildVocabulary,
  capCommonWords,
  chunkRanges,
  namedThings,
  numberPages,
  rechunk,
  shardNames,
  type IndexWord,
} from '../../src/lib/search-index.ts';
import { decodeFacets, docsFileOf, nameShardOf, pageId, pageNumber, wordFileOf } from '../../src/lib/query.ts';
import type { SearchRecord } from '../../src/lib/search-records.ts';

const word = (text: string, ...pages: number[][]): IndexWord => [text, pages.map((locs, page) => [page, locs, []]), []];

test('re-chunks Pagefind words in sorted order, each chunk within the limit unless one word is larger', () => {
  const words = [
    word('c', [1, 2, 3]),
    word('a', [1]),
    word('b', [1, 2], [5]),
    word(
      'd',
      Array.from({ length: 9 }, (_, i) => i),
    ),
  ];
  const chunks = rechunk(words, 7);
  assert.deepEqual(
    chunks.map((chunk) => chunk.map((item) => item[0])),
    [['a', 'b'], ['c'], ['d']],
  );
  const top = String.fromCodePoint(0x10ffff);
  const ranges = chunkRanges(chunks, ['h1', 'h2', 'h3']);
  assert.deepEqual(ranges, [
    ['', `b${top}`, 'h1'],
    ['c', `c${top}`, 'h2'],
    ['d', top, 'h3'],
  ]);
  // Pagefind's lookup: every chunk whose bounds hold the word, comparing by code point (as UTF-8 bytes compare).
  const byCodePoint = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  const holding = (term: string) =>
    ranges.filter(([from, to]) => byCodePoint(term, from) >= 0 && byCodePoint(term, to) <= 0).map(([, , hash]) => hash);
  for (const [term, hash] of [
    ['a', 'h1'],
    ['b', 'h1'],
    ['bzzz', 'h1'],
    ['c', 'h2'],
    ['cat', 'h2'],
    ['d', 'h3'],
    ['zebra', 'h3'],
    ['', 'h1'],
  ] as const)
    assert.deepEqual(holding(term), [hash], `${term}: one chunk, no gap`);
  assert.deepEqual(
    chunks.flat(),
    [...words].sort((x, y) => (x[0] < y[0] ? -1 : 1)),
    'no word is lost or changed',
  );
});

const record = (
  url: string,
  title: string,
  kind: string,
  text: string,
  extra: Partial<SearchRecord> = {},
): SearchRecord => ({
  url,
  title,
  kind,
  html: '',
  text,
  aliases: [],
  filters: { kind: [kind] },
  ...extra,
});

const RECORDS = [
  record('/methods/grpo/', 'GRPO', 'Algorithm', 'GRPO samples a group of answers in 2024', {
    aliases: ['Group Relative Policy Optimization'],
    paper: 'DeepSeekMath',
    context: 'DeepSeekMath Shao 2024',
  }),
  record('/methods/ppo/', 'PPO', 'Algorithm', 'PPO clips the ratio of a group in 2024'),
  record('/chapters/x/#s', 'Section', 'Chapter section', 'a group section', { filters: { chapter: ['X'] } }),
  record('/glossary/#kl', 'KL penalty', 'Glossary term', 'KL penalty keeps a policy near'),
];

test('the vocabulary counts records per word, by first letter; words of one record are listed apart', () => {
  const files = buildVocabulary(RECORDS);
  const all = [...files.values()];
  const words = new Map(all.flatMap((file) => file.words.map(([word, count]) => [word, count] as const)));
  assert.equal(words.get('group'), 3);
  assert.equal(words.get('a'), 4);
  assert.equal(words.get('2024'), 2, 'numbers keep their counts');
  for (const [key, file] of files)
    for (const word of [...file.words.map(([text]) => text), ...file.once.flat()])
      assert.equal(wordFileOf(word), key, `${word} is in the file of its first letter`);
  const once = (index: number) => all.flatMap((file) => file.once[index]!);
  for (const word of ['relative', 'shao', 'clips', 'grpo'])
    assert.equal(words.get(word), undefined, `${word}, in one record, is listed apart`);
  assert.deepEqual(once(0), ['grpo', 'kl', 'penalty', 'ppo'], 'words of titles in one record');
  assert.ok(once(1).includes('relative') && once(1).includes('shao'), 'an alias word and an author');
  assert.ok(once(2).includes('clips') && !once(2).includes('2024'), 'the rest, without numbers');
});

test('named things are entries, chapters and terms with their normalised names and paper title', () => {
  const pageOf = new Map(RECORDS.map((item, index) => [item.url, 10 + index]));
  const named = namedThings(RECORDS, pageOf);
  assert.deepEqual(
    named.map((item) => [item.url, item.rank, item.page]),
    [
      ['/methods/grpo/', 0, 10],
      ['/methods/ppo/', 0, 11],
      ['/glossary/#kl', 2, 13],
    ],
  );
  assert.deepEqual(named[0]!.names, ['grouprelativepolicyoptimization', 'deepseekmath'], 'the title is implied');
});

test("search data lists pages in Pagefind's order, and a record Pagefind lost fails the build", () => {
  const urls = RECORDS.map((item) => item.url).reverse();
  const ids = { prefix: 'en_', suffix: '-abc' };
  const { data, docFiles } = buildSearchData(RECORDS, { ids, urls });
  assert.equal(data.records, 4);
  assert.equal(data.pages, 4);
  assert.deepEqual(data.ids, ids);
  assert.deepEqual(
    docFiles.flat().map(([url]) => url),
    urls,
    'the docs files hold every page in order',
  );
  assert.deepEqual(docFiles[0]![1], ['/chapters/x/#s', 'Section']);
  assert.deepEqual(decodeFacets(data.facets, data.pages)[1], {
    filters: { chapter: ['X'], kind: ['Chapter section'] },
  });
  const many = Array.from({ length: 70 }, (_, index) =>
    record(`/methods/m${index}/`, `M${index}`, 'Method', `text ${index}`),
  );
  const split = buildSearchData(many, { ids, urls: many.map((item) => item.url) });
  assert.deepEqual(
    split.docFiles.map((file) => file.length),
    [32, 32, 6],
  );
  const { file, index } = docsFileOf(69, split.data.docsPerFile);
  assert.deepEqual(split.docFiles[file]![index], ['/methods/m69/', 'M69']);
  assert.throws(
    () => buildSearchData(RECORDS, { ids, urls: urls.filter((url) => url !== '/methods/grpo/') }),
    /Pagefind has no page for \/methods\/grpo\//,
  );
  assert.throws(
    () => buildSearchData(RECORDS, { ids, urls: [...urls, '/nowhere/'] }),
    /Pagefind has a page for \/nowhere\/, which is no record/,
  );
});

test('names go to the file of each of their names; the vocabulary marks the words of titles', () => {
  const { data, nameShards, suggestions } = buildSearchData(RECORDS, {
    ids: { prefix: 'en_', suffix: '-abc' },
    urls: RECORDS.map((item) => item.url),
  });
  assert.equal(data.nameShards, nameShards.length);
  assert.ok(!('named' in data), 'names are not in search-data.json');
  const grpo = namedThings(RECORDS, new Map(RECORDS.map((item, index) => [item.url, index])))[0]!;
  for (const name of ['grpo', ...grpo.names]) {
    const file = nameShardOf(name, nameShards.length);
    assert.ok(
      nameShards[file]!.some((thing) => thing.url === '/methods/grpo/'),
      `${name} in file ${file}`,
    );
  }
  const vocabulary = [...buildVocabulary(RECORDS)];
  assert.deepEqual(
    data.wordFiles,
    vocabulary.filter(([, file]) => file.words.length > 0).map(([key]) => key),
    'search-data.json lists the files of common words',
  );
  assert.deepEqual(
    data.onceFiles,
    vocabulary.filter(([, file]) => file.once.flat().length > 0).map(([key]) => key),
    'and those of words of one record',
  );
  assert.notDeepEqual(data.wordFiles, data.onceFiles);
  const marked = buildSearchData([...RECORDS, record('/methods/grpo-2/', 'GRPO 2', 'Method', 'grpo again')], {
    ids: { prefix: 'en_', suffix: '-abc' },
    urls: [...RECORDS.map((item) => item.url), '/methods/grpo-2/'],
  });
  const markedWords = new Map(
    [...marked.wordFiles.values()].flatMap((file) => file.words.map((entry) => [entry[0], entry[2]] as const)),
  );
  assert.equal(markedWords.get('grpo'), 1, 'a title word in two records is marked');
  assert.equal(markedWords.get('group'), undefined, 'a word of an alias only is not');
  assert.deepEqual(
    suggestions.map((thing) => thing.url),
    ['/methods/grpo/', '/methods/ppo/'],
    'did-you-mean offers entries',
  );
  assert.deepEqual(suggestions[0]!.names, ['deepseekmath'], 'without names over 24 characters');
});

test('a thing with names in several files is in each, and the files split a large set evenly', () => {
  const many = Array.from({ length: 400 }, (_, index) => ({
    url: `/methods/m${index}/`,
    page: index,
    title: `Method ${index}`,
    names: [`alias${index}`],
    rank: 0,
  }));
  const shards = shardNames(many, 25);
  assert.equal(shards.flat().length >= 400, true);
  assert.ok(shards.filter((shard) => shard.length > 0).length >= 2);
});

test("pages are numbered in Pagefind's order, and a number reads back from its id", () => {
  const { ids, renamed } = numberPages('en', ['en_a1b2c3d', 'en_99ffee0'], '4f2a1c');
  assert.deepEqual(
    [...renamed],
    [
      ['en_a1b2c3d', 'en_0-4f2a1c'],
      ['en_99ffee0', 'en_1-4f2a1c'],
    ],
  );
  assert.equal(pageId(ids, 12), 'en_12-4f2a1c');
  assert.equal(pageNumber(ids, 'en_12-4f2a1c'), 12);
  assert.equal(pageNumber(ids, 'en_a1b2c3d'), undefined);
  assert.equal(pageNumber(ids, 'en_1x-4f2a1c'), undefined);
});

test('a word in most pages keeps its first locations a page, never ending on a weight', () => {
  const common = word('model', [-25, 70, 7, -73, 14, 3, 9], [5, 6, 7, 8, 9], [1, -49, 2]);
  const rare = word('grpo', [1, 2, 3, 4, 5, 6]);
  const [capped, untouched] = capCommonWords([common, rare], 4, 0.5, 3);
  assert.deepEqual(
    capped![1].map((page) => page[1]),
    [
      [-25, 70, 7, -73, 14],
      [5, 6, 7],
      [1, -49, 2],
    ],
  );
  assert.deepEqual(capped![1][0]!.slice(2), [[]], 'what follows the locations is kept');
  assert.equal(untouched, rare, 'a word in few pages keeps every location');
});
