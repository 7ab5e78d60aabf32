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
import { nameShardOf, pageId, pageNumber } from '../../src/lib/query.ts';
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
  assert.deepEqual(chunkRanges(chunks, ['h1', 'h2', 'h3']), [
    ['a', 'b', 'h1'],
    ['c', 'c', 'h2'],
    ['d', 'd', 'h3'],
  ]);
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

test('the vocabulary counts records per word, keeps names and authors even when rare, drops other one-offs', () => {
  const { words: list, rare } = buildVocabulary(RECORDS);
  const words = new Map(list);
  assert.equal(words.get('group'), 3);
  assert.equal(words.get('a'), 4);
  assert.equal(words.get('2024'), 2, 'numbers keep their counts');
  assert.equal(words.get('relative'), 1, 'an alias word is kept');
  assert.equal(words.get('shao'), 1, 'an author is kept');
  assert.equal(words.get('clips'), undefined, 'a word of one record is listed apart');
  assert.ok(rare.split(' ').includes('clips'));
  assert.ok(!rare.split(' ').includes('2024'));
});

test('named things are entries, chapters and terms with their normalised names and paper title', () => {
  const named = namedThings(RECORDS);
  assert.deepEqual(
    named.map((item) => [item.url, item.rank]),
    [
      ['/methods/grpo/', 0],
      ['/methods/ppo/', 0],
      ['/glossary/#kl', 2],
    ],
  );
  assert.deepEqual(named[0]!.names, ['grouprelativepolicyoptimization', 'deepseekmath'], 'the title is implied');
});

test("search data lists docs in Pagefind's page order, and a record Pagefind lost fails the build", () => {
  const urls = RECORDS.map((item) => item.url).reverse();
  const ids = { prefix: 'en_', suffix: '-abc' };
  const { data, rare } = buildSearchData(RECORDS, { ids, urls });
  assert.match(rare, /\bclips\b/);
  assert.equal(data.records, 4);
  assert.deepEqual(data.ids, ids);
  assert.deepEqual(
    data.docs.map((doc) => doc.url),
    urls,
  );
  assert.deepEqual(data.docs[1], {
    url: '/chapters/x/#s',
    title: 'Section',
    filters: { chapter: ['X'], kind: ['Chapter section'] },
  });
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
  const grpo = namedThings(RECORDS)[0]!;
  for (const name of ['grpo', ...grpo.names]) {
    const file = nameShardOf(name, nameShards.length);
    assert.ok(
      nameShards[file]!.some((thing) => thing.url === '/methods/grpo/'),
      `${name} in file ${file}`,
    );
  }
  const words = new Map(data.words.map((entry) => [entry[0], entry[2]]));
  assert.equal(words.get('grpo'), 1, 'a title word is marked');
  assert.equal(words.get('group'), undefined, 'a word of an alias only is not');
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
