import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BibliographyError,
  bibliographyFile,
  formatAuthorsLong,
  formatAuthorsShort,
  parseBibliography,
  referenceOrder,
  referencePageOf,
  referencePages,
  referenceRow,
} from '../../src/lib/bibliography.ts';

const GOOD = `
@inproceedings{wang2023selfconsistency,
  title = {Self-Consistency Improves Chain of Thought Reasoning in Language Models},
  author = {Wang, Xuezhi and Wei, Jason and Le, {Quoc V.}},
  booktitle = {International Conference on Learning Representations},
  year = {2023},
  eprint = {2203.11171},
  archivePrefix = {arXiv}
}
@misc{openai2024learning,
  title = {Learning to Reason with {LLMs}},
  author = {{OpenAI}},
  year = {2024},
  url = {https://openai.com/index/learning-to-reason-with-llms/}
}`;

test('parses entries with display names, surnames, venue, arXiv id and the source text', () => {
  const [openai, wang] = parseBibliography(GOOD, 'refs.bib');
  assert.equal(wang?.key, 'wang2023selfconsistency');
  assert.deepEqual(wang?.authors, ['Xuezhi Wang', 'Jason Wei', 'Quoc V. Le']);
  assert.deepEqual(wang?.surnames, ['Wang', 'Wei', 'Le']);
  assert.equal(wang?.venue, 'International Conference on Learning Representations');
  assert.equal(wang?.arxiv, '2203.11171');
  assert.equal(wang?.year, 2023);
  assert.match(wang?.bibtex ?? '', /^@inproceedings\{wang2023selfconsistency,[\s\S]*\}$/);
  assert.deepEqual(openai?.authors, ['OpenAI']);
  assert.equal(openai?.title, 'Learning to Reason with LLMs');
  assert.equal(openai?.url, 'https://openai.com/index/learning-to-reason-with-llms/');
});

test('returns entries sorted by key', () => {
  assert.deepEqual(
    parseBibliography(GOOD, 'refs.bib').map((entry) => entry.key),
    ['openai2024learning', 'wang2023selfconsistency'],
  );
});

for (const [name, text, message] of [
  ['an unclosed entry', '@article{a, title={x}, author={A, B}, year={2020}', /refs\.bib: malformed BibTeX: .*line 1/],
  [
    'a duplicate key',
    '@misc{a, title={x}, author={A, B}, year={2020}}\n@misc{a, title={y}, author={A, B}, year={2021}}',
    /entry "a": duplicate key/,
  ],
  ['a missing title', '@misc{a, author={A, B}, year={2020}}', /entry "a": field "title" is missing/],
  ['a missing author', '@misc{a, title={x}, year={2020}}', /entry "a": field "author" is missing/],
  [
    'a bad year',
    '@misc{a, title={x}, author={A, B}, year={soon}}',
    /entry "a": field "year" must be a four-digit year/,
  ],
  [
    'a malformed arXiv id',
    '@misc{a, title={x}, author={A, B}, year={2020}, eprint={2001.1}}',
    /entry "a": field "eprint" must be an arXiv id/,
  ],
  [
    'a key with a space',
    '@misc{a b, title={x}, author={A, B}, year={2020}}',
    /malformed BibTeX: .*equals sign missing/,
  ],
  ['a key with a slash', '@misc{a/b, title={x}, author={A, B}, year={2020}}', /entry "a\/b": the key must be/],
] as const) {
  test(`rejects ${name} with a message naming the file`, () => {
    assert.throws(
      () => parseBibliography(text, 'refs.bib'),
      (error: unknown) => {
        assert.ok(error instanceof BibliographyError);
        assert.match(error.message, /^refs\.bib: /);
        assert.match(error.message, message);
        return true;
      },
    );
  });
}

test('formats short author lines', () => {
  assert.equal(formatAuthorsShort([]), '');
  assert.equal(formatAuthorsShort(['OpenAI']), 'OpenAI');
  assert.equal(formatAuthorsShort(['Wang', 'Wei']), 'Wang and Wei');
  assert.equal(formatAuthorsShort(['Wang', 'Wei', 'Le']), 'Wang et al.');
});

test('the bibliography lists works by first author, then year, then key', () => {
  const work = (id: string, surname: string, year: number) => ({ id, data: { surnames: [surname], year } });
  const ordered = referenceOrder([
    work('wei2022b', 'Wei', 2022),
    work('lightman2023', 'Lightman', 2023),
    work('wei2022a', 'Wei', 2022),
    work('wei2021', 'Wei', 2021),
  ]);
  assert.deepEqual(
    ordered.map((entry) => entry.id),
    ['lightman2023', 'wei2021', 'wei2022a', 'wei2022b'],
  );
});

test('each work is on the page that lists it, the same pages the bibliography is cut into', () => {
  const keys = Array.from({ length: 7 }, (_, index) => `key${index}`);
  const pageOf = referencePageOf(keys, 3);
  assert.deepEqual([...pageOf.values()], [1, 1, 1, 2, 2, 2, 3]);
  const works = keys.map((key, index) => ({ id: key, data: { surnames: index === 4 ? [] : [`Author${index}`] } }));
  const pages = referencePages(works, 3);
  assert.deepEqual(
    pages.map((page) => `${page.first} – ${page.last}`),
    ['Author0 – Author2', 'Author3 – Author5', 'Author6 – Author6'],
  );
  for (const page of pages) {
    for (const key of keys.slice(page.from, page.to)) assert.equal(pageOf.get(key), page.number);
  }
  assert.throws(() => referencePageOf(keys, 0), /page size must be positive/);
});

test('the long author line lists up to six authors, then "et al."', () => {
  assert.equal(formatAuthorsLong(['A', 'B']), 'A, B');
  assert.equal(formatAuthorsLong(['A', 'B', 'C', 'D', 'E', 'F']), 'A, B, C, D, E, F');
  assert.equal(formatAuthorsLong(['A', 'B', 'C', 'D', 'E', 'F', 'G']), 'A, B, C, D, E, F, et al.');
});

test('the bibliography file holds every entry as written, sorted by key, under a comment, and parses back', () => {
  const entries = parseBibliography(GOOD, 'refs.bib').reverse();
  const file = bibliographyFile(entries, 'Every work\nby key');
  assert.match(file, /^% Every work\n% by key\n\n@misc\{openai2024learning,/);
  assert.ok(file.endsWith('}\n'));
  assert.deepEqual(
    parseBibliography(file, 'all.bib').map((entry) => [entry.key, entry.bibtex]),
    parseBibliography(GOOD, 'refs.bib').map((entry) => [entry.key, entry.bibtex]),
  );
  assert.equal(bibliographyFile([]), '\n');
});

test('a row carries what the list shows, the long author line and no empty optional fields', () => {
  const row = referenceRow(
    {
      key: 'k',
      year: 2024,
      authors: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
      title: 'T',
      arxiv: '2401.00001',
      bibtex: '@misc{k}',
    },
    ['intro'],
  );
  assert.deepEqual(row, {
    key: 'k',
    year: 2024,
    chapters: ['intro'],
    authors: 'A, B, C, D, E, F, et al.',
    title: 'T',
    arxiv: '2401.00001',
    bibtex: '@misc{k}',
  });
});
