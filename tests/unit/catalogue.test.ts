import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cataloguePages,
  isDefaultState,
  facetCounts,
  parseCatalogueState,
  rowMatches,
  serializeCatalogueState,
  sortRows,
  type CatalogueRow,
} from '../../src/lib/catalogue.ts';

function row(id: string, title: string, kind: string, year: number | undefined, tags: string[] = []): CatalogueRow {
  return {
    id,
    title,
    text: `${title} ${id}`.toLowerCase(),
    year,
    values: {
      kind: [kind],
      stage: ['test-time'],
      source: ['survey'],
      tag: tags,
      supervision: [],
      year: year ? [String(year)] : [],
    },
  };
}

const rows = [
  row('tot', 'Tree of Thoughts', 'method', 2023, ['search', 'prompting']),
  row('gsm8k', 'GSM8K', 'benchmark', 2021, ['math']),
  row('mcts', 'Monte Carlo tree search', 'algorithm', undefined, ['search', 'mcts']),
  row('math', 'MATH', 'benchmark', 2021, ['math']),
];

test('reads and writes the state in the URL, leaving defaults out', () => {
  const state = parseCatalogueState('?q=+tree+&kind=method&kind=algorithm&tag=search&sort=year-desc&junk=1');
  assert.deepEqual(state, {
    query: 'tree',
    sort: 'year-desc',
    selected: { kind: ['method', 'algorithm'], stage: [], source: [], tag: ['search'], supervision: [], year: [] },
  });
  assert.equal(serializeCatalogueState(state), '?q=tree&kind=method&kind=algorithm&tag=search&sort=year-desc');
  assert.equal(serializeCatalogueState(parseCatalogueState('?sort=bogus')), '');
});

test('values within a facet combine with OR, facets and the text filter with AND', () => {
  const state = parseCatalogueState('?kind=method&kind=algorithm&tag=search');
  assert.deepEqual(
    rows.filter((candidate) => rowMatches(candidate, state)).map((match) => match.id),
    ['tot', 'mcts'],
  );
  const narrowed = parseCatalogueState('?kind=method&kind=algorithm&q=monte carlo');
  assert.deepEqual(
    rows.filter((candidate) => rowMatches(candidate, narrowed)).map((match) => match.id),
    ['mcts'],
  );
});

test('counts each value as if it were ticked, ignoring the facet itself', () => {
  const counts = facetCounts(rows, parseCatalogueState('?kind=benchmark'));
  assert.equal(counts.kind.get('method'), 1); // other kinds keep their counts so they can be added
  assert.equal(counts.kind.get('benchmark'), 2);
  assert.equal(counts.tag.get('math'), 2); // tags are counted among benchmarks only
  assert.equal(counts.tag.get('search'), undefined);
  assert.equal(counts.year.get('2021'), 2);
});

test('sorts by name, or by year with undated entries last', () => {
  assert.deepEqual(
    sortRows(rows, 'name').map((entry) => entry.id),
    ['gsm8k', 'math', 'mcts', 'tot'],
  );
  assert.deepEqual(
    sortRows(rows, 'year-desc').map((entry) => entry.id),
    ['tot', 'gsm8k', 'math', 'mcts'],
  );
  assert.deepEqual(
    sortRows(rows, 'year-asc').map((entry) => entry.id),
    ['gsm8k', 'math', 'tot', 'mcts'],
  );
});

test('cuts the catalogue into pages that cover every entry once, each naming its first and last entry', () => {
  const titles = Array.from({ length: 7 }, (_, index) => `Entry ${index + 1}`);
  const pages = cataloguePages(titles, 3);
  assert.deepEqual(
    pages.map(({ number, from, to, first, last }) => [number, from, to, first, last]),
    [
      [1, 0, 3, 'Entry 1', 'Entry 3'],
      [2, 3, 6, 'Entry 4', 'Entry 6'],
      [3, 6, 7, 'Entry 7', 'Entry 7'],
    ],
  );
  // One page when everything fits, and still one (empty) page for an empty catalogue.
  assert.equal(cataloguePages(titles, 7).length, 1);
  assert.deepEqual(cataloguePages([], 3), [{ number: 1, from: 0, to: 0, first: '', last: '' }]);
  assert.throws(() => cataloguePages(titles, 0), /page size must be positive/);
});

test('only the unfiltered view in name order is the default state', () => {
  assert.equal(isDefaultState(parseCatalogueState('')), true);
  assert.equal(isDefaultState(parseCatalogueState('?junk=1')), true);
  assert.equal(isDefaultState(parseCatalogueState('?sort=year-desc')), false);
  assert.equal(isDefaultState(parseCatalogueState('?q=tree')), false);
  assert.equal(isDefaultState(parseCatalogueState('?kind=method')), false);
});
