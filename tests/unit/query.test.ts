import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bestExcerpt,
  chooseBestBet,
  closestNames,
  decodeFacets,
  docsFileOf,
  editDistance,
  encodeFacets,
  highlightTerms,
  facetCounts,
  fuseScores,
  Lexicon,
  matchesFilters,
  nameShardOf,
  nameShardsFor,
  normalizeName,
  onceFilesFor,
  planQuery,
  tokenize,
  wordFileOf,
  wordFilesFor,
  type Named,
  type SearchDoc,
  type VocabularyWord,
  type WordsFile,
} from '../../src/lib/query.ts';

let pages = 0;
const named = (url: string, title: string, aliases: string[] = [], rank = 0): Named => ({
  url,
  page: pages++,
  title,
  names: aliases.map(normalizeName),
  rank,
});

const NAMED = [
  named('/methods/process-reward-model/', 'Process reward model', ['PRM', 'PRMs']),
  named('/methods/grpo/', 'GRPO', ['Group Relative Policy Optimization']),
  named('/methods/tree-of-thoughts/', 'Tree of Thoughts', ['ToT']),
  named('/methods/math-shepherd/', 'Math-Shepherd', ['Math Shepherd']),
  named('/methods/math/', 'MATH', ['MATH benchmark']),
  named('/methods/score/', 'SCoRe'),
  named('/methods/gsm8k/', 'GSM8K'),
  named('/glossary/#prm', 'PRM', [], 2),
];

// Record counts out of 100: common words are in many records, names in few.
const WORDS: [string, number][] = [
  ['how', 80],
  ['does', 40],
  ['work', 30],
  ['the', 95],
  ['of', 90],
  ['process', 20],
  ['reward', 40],
  ['model', 70],
  ['tree', 12],
  ['thoughts', 10],
  ['thought', 15],
  ['grpo', 8],
  ['advantage', 9],
  ['math', 45],
  ['word', 20],
  ['problems', 30],
  ['shepherd', 3],
  ['monte', 10],
  ['carlo', 10],
  ['score', 6],
  ['scores', 12],
  ['step', 50],
  ['graded', 2],
  ['gsm8k', 25],
];
const lexicon = new Lexicon({ records: 100, words: WORDS, named: NAMED });

test('tokenises and normalises names whatever their case, accents, spacing and punctuation', () => {
  assert.deepEqual(tokenize('ReST-MCTS* and Rényi, pass@k'), ['rest', 'mcts', 'and', 'renyi', 'pass', 'k']);
  assert.equal(normalizeName(' ReST-MCTS* '), 'restmcts');
  assert.equal(normalizeName('Best of N'), 'bestofn');
  assert.equal(normalizeName('!!!'), '');
});

test('counts edits, with a transposition as one, and stops early past a limit', () => {
  assert.equal(editDistance('thougts', 'thoughts'), 1);
  assert.equal(editDistance('gpro', 'grpo'), 1);
  assert.equal(editDistance('shepard', 'shepherd'), 2);
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
});

test('corrects unknown words to the closest known word, preferring frequent words and names', () => {
  assert.equal(lexicon.correct('thougts'), 'thoughts');
  assert.equal(lexicon.correct('modle'), 'model');
  assert.equal(lexicon.correct('shepard'), 'shepherd');
  assert.equal(lexicon.correct('gpro'), 'grpo');
  assert.equal(lexicon.correct('montecarlo'), 'monte carlo');
  assert.equal(lexicon.correct('model'), undefined, 'a known word stays');
  assert.equal(lexicon.correct('2024'), undefined, 'numbers are not corrected');
  assert.equal(lexicon.correct('zzzzzzzz'), undefined, 'nothing close: nothing to offer');
  const withRare = new Lexicon({ records: 100, words: WORDS, named: NAMED });
  withRare.addWords({ words: [], once: [[], [], ['completer', 'other']] });
  assert.equal(withRare.correct('completer'), undefined, 'a rare word of the index is not a typo');
  assert.equal(lexicon.correct('hhoughts'), undefined, 'a correction keeps the first letter');
});

test('vocabulary files load by first letter, and plan a query as if the whole vocabulary were loaded', () => {
  const extra: VocabularyWord[] = [
    ['zeta', 1, 1],
    ['zoltan', 1],
  ];
  const full = new Lexicon({ records: 100, words: [...WORDS, ...extra], named: NAMED });
  full.addWords({ words: [], once: [[], [], ['completer']] });
  // The same words as the build shares them out: by first letter, words of one record listed apart.
  const files = new Map<number, WordsFile>();
  const file = (word: string) => {
    const found = files.get(wordFileOf(word)) ?? { words: [], once: [[], [], []] };
    files.set(wordFileOf(word), found);
    return found;
  };
  for (const [word, count] of WORDS) file(word).words.push([word, count]);
  file('zeta').once[0].push('zeta');
  file('zoltan').once[1].push('zoltan');
  file('completer').once[2].push('completer');
  for (const query of ['zetta', 'zoltan model', 'zolten', 'completer', 'montecarlo tree', 'how does grpo work']) {
    const split = new Lexicon({ records: 100, named: NAMED });
    // As the engine loads them: common words first, then words of one record for what is still unknown.
    const load = (needed: number[], part: 'words' | 'once') =>
      needed.forEach((key) => {
        const found = files.get(key);
        if (found)
          split.addWords(
            part === 'words' ? { words: found.words, once: [[], [], []] } : { words: [], once: found.once },
          );
      });
    const typed = tokenize(query);
    load(wordFilesFor(typed), 'words');
    const [once, cut] = [onceFilesFor(typed, split), wordFilesFor(typed, split)];
    load(once, 'once');
    load(cut, 'words');
    const plan = planQuery(query, split);
    load(wordFilesFor(plan.terms), 'words');
    assert.deepEqual({ ...plan, highlight: highlightTerms(plan.terms, split) }, planQuery(query, full), query);
  }
  assert.deepEqual(
    wordFilesFor(['montecarlo'], new Lexicon({ records: 1 })),
    ['m', 't', 'e', 'c', 'a', 'r'].map(wordFileOf).sort((a, b) => a - b),
    'an unknown word needs the files of the letters it could be cut at',
  );
});

test('a typo in any word of a longer query is corrected, and the plan says so', () => {
  const plan = planQuery('tree of thougts', lexicon);
  assert.equal(plan.corrected, 'tree of thoughts');
  assert.equal(plan.bestBet?.url, '/methods/tree-of-thoughts/');
  assert.equal(planQuery('proces reward modle', lexicon).bestBet?.url, '/methods/process-reward-model/');
  assert.equal(planQuery('math shepard', lexicon).bestBet?.url, '/methods/math-shepherd/');
  const exact = planQuery('tree of thougts', lexicon, { correct: false });
  assert.equal(exact.corrected, undefined);
  assert.equal(exact.bestBet, undefined);
});

test('an exact name pins its entry, before a glossary term of the same name; plurals of long names count', () => {
  assert.equal(planQuery('PRM', lexicon).bestBet?.url, '/methods/process-reward-model/');
  assert.equal(planQuery('process reward models', lexicon).bestBet?.url, '/methods/process-reward-model/');
  assert.equal(planQuery('scores', lexicon).bestBet, undefined, 'a one-word name has no plural');
});

test('a name inside a question pins its entry when it is what the query is about', () => {
  assert.equal(planQuery('how does GRPO work', lexicon).bestBet?.url, '/methods/grpo/');
  assert.equal(planQuery('grpo advantage', lexicon).bestBet?.url, '/methods/grpo/');
  const plan = planQuery('math word problems', lexicon);
  assert.equal(plan.bestBet, undefined, 'a common word that is also a name does not take over');
  assert.deepEqual(
    plan.candidates.map((item) => item.url),
    ['/methods/math/'],
  );
});

test('a name candidate is pinned when its page matches every other part of the query', () => {
  const plan = planQuery('how is gsm8k graded', lexicon);
  assert.equal(plan.bestBet, undefined);
  const page = (ids: string[]) => new Map(ids.map((id) => [id, 1]));
  const pageOf = (thing: Named) => (thing.url === '/methods/gsm8k/' ? 'g' : 'elsewhere');
  const conceptScores = (gradedIds: string[]) =>
    plan.concepts.map((concept) => [page(concept.alternatives.includes('graded') ? gradedIds : ['g', 'x'])]);
  assert.equal(chooseBestBet(plan, conceptScores(['g']), pageOf)?.url, '/methods/gsm8k/');
  assert.equal(chooseBestBet(plan, conceptScores(['x']), pageOf), undefined);
});

test('a word the index does not hold is searched for nothing', () => {
  const plan = planQuery('zzzzzzzz grpo', lexicon);
  assert.deepEqual(
    plan.concepts.map((concept) => concept.alternatives),
    [[], ['grpo']],
  );
});

test('names expand to their other names, and common words drop out of the concepts', () => {
  const plan = planQuery('how does prm work', lexicon);
  const names = plan.concepts.find((concept) => concept.alternatives.includes('prm'));
  assert.ok(names?.alternatives.includes('process reward model'));
  assert.ok(!plan.concepts.some((concept) => concept.alternatives.includes('how')));
  const long = planQuery('process reward model', lexicon).concepts[0]!;
  assert.ok(long.alternatives.includes('prm'), 'the long form expands to the acronym too');
});

test('fuses per-concept scores: more concepts matched wins, then better matches', () => {
  const concepts = [
    { alternatives: ['a'], weight: 2 },
    { alternatives: ['b', 'b2'], weight: 1 },
  ];
  const scores = [
    [
      new Map([
        ['x', 10],
        ['y', 5],
      ]),
    ],
    [new Map([['y', 1]]), new Map([['z', 4]])],
  ];
  assert.deepEqual(
    fuseScores(concepts, scores).map(([id]) => id),
    ['y', 'x', 'z'],
  );
});

test('the excerpt is the passage with the most query words, marked, with ellipses where text is cut', () => {
  const text = `${'filler '.repeat(40)}a process reward model scores each step of a solution ${'tail '.repeat(40)}`;
  const segments = bestExcerpt(text, ['reward', 'step'], 12);
  const marked = segments.filter((segment) => segment.mark).map((segment) => segment.text);
  assert.deepEqual(marked, ['reward', 'step']);
  assert.equal(segments[0]!.text, '… ');
  assert.equal(segments.at(-1)!.text, ' …');
  assert.match(segments.map((segment) => segment.text).join(''), /process reward model scores each step/);
  assert.deepEqual(bestExcerpt('Short text.', ['absent'], 12), [{ text: 'Short text.', mark: false }]);
});

test('facet values travel as columns and read back per page', () => {
  const pages = [
    { filters: { kind: ['Method'], year: ['2023'], chapter: ['B', 'A'] } },
    { filters: { kind: ['Chapter section'] } },
    { filters: { kind: ['Method'], year: ['2024'] } },
  ];
  const columns = encodeFacets(pages);
  assert.deepEqual(columns['kind'], { values: ['Chapter section', 'Method'], pages: [[1], [0], [1]] });
  assert.deepEqual(columns['chapter']?.pages, [[1, 0], [], []]);
  assert.deepEqual(decodeFacets(columns, 3), pages);
  assert.deepEqual(docsFileOf(0, 32), { file: 0, index: 0 });
  assert.deepEqual(docsFileOf(70, 32), { file: 2, index: 6 });
});

test('counts facet values and filters docs by the selected values', () => {
  const docs: SearchDoc[] = [
    { url: '/a/', title: 'A', filters: { kind: ['Method'], year: ['2023'] } },
    { url: '/b/', title: 'B', filters: { kind: ['Method'], year: ['2024'] } },
    { url: '/c/', title: 'C', filters: { kind: ['Benchmark'], year: ['2024'] } },
  ];
  assert.deepEqual(facetCounts(docs, ['kind', 'year', 'stage']), {
    kind: [
      ['Method', 2],
      ['Benchmark', 1],
    ],
    year: [
      ['2024', 2],
      ['2023', 1],
    ],
    stage: [],
  });
  assert.deepEqual(
    docs.filter((doc) => matchesFilters(doc, { kind: ['Method'], year: ['2024'] })).map((doc) => doc.url),
    ['/b/'],
  );
});

test('offers the closest entry names when nothing matches', () => {
  assert.deepEqual(
    closestNames('grpoo', NAMED, 1).map((item) => item.url),
    ['/methods/grpo/'],
  );
  assert.deepEqual(closestNames('  ', NAMED), []);
});

test('a query loads the name file of every run of its words, glued, up to three letters', () => {
  const count = 64;
  const files = nameShardsFor(['how', 'does', 'o', '1', 'work'], count);
  for (const name of ['how', 'does', 'o1', 'o1w', 'work', 'doe', 'howdoes'])
    assert.ok(files.includes(nameShardOf(name, count)), name);
  // Longer runs share their first three letters with a shorter one: no file of their own.
  assert.equal(nameShardOf('o1work', count), nameShardOf('o1w', count));
  assert.deepEqual(nameShardsFor([], count), []);
});

test('names added from several files count once, and plan a query as if loaded together', () => {
  const split = new Lexicon({ records: 100, words: WORDS });
  split.addNamed(NAMED.slice(0, 2));
  split.addNamed(NAMED);
  split.addNamed(NAMED.slice(1));
  for (const query of ['grpo', 'how does grpo work', 'process reward models'])
    assert.deepEqual(planQuery(query, split), planQuery(query, lexicon), query);
  assert.equal(split.byName.get('grpo')?.length, lexicon.byName.get('grpo')?.length);
  // Each named thing loaded is known by its page, so a result among them needs no docs file; others are not.
  assert.equal(split.byPage.size, NAMED.length);
  for (const thing of NAMED) assert.equal(split.byPage.get(thing.page), thing);
  assert.equal(new Lexicon({ records: 100, words: WORDS }).byPage.get(NAMED[0]!.page), undefined);
});
