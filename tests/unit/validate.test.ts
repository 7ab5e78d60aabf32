import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthOfArxiv } from '../../src/lib/results.ts';
import { assertValidContent, ContentError, findContentProblems, type AtlasSources } from '../../src/lib/validate.ts';

function sources(overrides: Partial<AtlasSources> = {}): AtlasSources {
  return {
    chapters: [
      {
        id: 'one',
        filePath: 'content/chapters/one.mdx',
        order: 1,
        body: 'See <Cite key="k1" /> and <M id="alpha" />.',
      },
      {
        id: 'two',
        filePath: 'content/chapters/two.mdx',
        order: 2,
        body: 'A <Term id="prm">PRM</Term>; [list](/methods/).',
      },
    ],
    methods: [
      { id: 'alpha', filePath: 'content/methods/alpha.mdx', body: '', paper: 'k1', published: '2023-05', related: [] },
      { id: 'beta', filePath: 'content/methods/beta.mdx', body: '', related: [{ entry: 'alpha' }] },
    ],
    referenceKeys: new Set(['k1']),
    glossary: [{ id: 'prm', entry: 'alpha' }],
    glossaryFile: 'content/glossary.yaml',
    routes: new Set(['/', '/methods/', '/methods/alpha/', '/methods/beta/', '/chapters/one/', '/chapters/two/']),
    ...overrides,
  };
}

test('consistent content has no problems', () => {
  assert.deepEqual(findContentProblems(sources()), []);
  assert.doesNotThrow(() => assertValidContent(sources()));
});

test('a duplicate chapter order names both files and the field', () => {
  const base = sources();
  const problems = findContentProblems({
    ...base,
    chapters: [...base.chapters, { id: 'three', filePath: 'content/chapters/three.mdx', order: 2, body: '' }],
  });
  assert.deepEqual(problems, ['content/chapters/three.mdx: order: 2 is already used by content/chapters/two.mdx']);
});

test('unknown citation keys, entries, terms and routes in a body name the file and the component', () => {
  const base = sources();
  const body = '<Cite key="nope" /> <M id="gamma" /> <Term id="orm" /> [x](/methods/gamma/) [y](/methods/alpha/#ok)';
  const problems = findContentProblems({
    ...base,
    chapters: [{ id: 'one', filePath: 'content/chapters/one.mdx', order: 1, body }],
  });
  assert.deepEqual(problems, [
    'content/chapters/one.mdx: <Cite key="nope">: no entry "nope" in references.bib',
    'content/chapters/one.mdx: <M id="gamma">: no catalogue entry "gamma"',
    'content/chapters/one.mdx: <Term id="orm">: no glossary term "orm"',
    'content/chapters/one.mdx: link "/methods/gamma/": no page at that route',
  ]);
});

test('an unknown paper key or related entry names the field', () => {
  const base = sources();
  const problems = findContentProblems({
    ...base,
    methods: [
      {
        id: 'alpha',
        filePath: 'content/methods/alpha.mdx',
        body: '',
        paper: 'missing',
        published: '2023-05',
        related: [{ entry: 'alpha' }],
      },
      { id: 'beta', filePath: 'content/methods/beta.mdx', body: '', related: [{ entry: 'alpha' }, { entry: 'zeta' }] },
    ],
  });
  assert.deepEqual(problems, [
    'content/methods/alpha.mdx: paper: no entry "missing" in references.bib',
    'content/methods/alpha.mdx: related[0].entry: an entry cannot relate to itself',
    'content/methods/beta.mdx: related[1].entry: no catalogue entry "zeta"',
  ]);
});

test('a glossary term pointing at an unknown entry names the glossary file and the term', () => {
  const problems = findContentProblems(sources({ glossary: [{ id: 'prm', entry: 'nowhere' }] }));
  assert.deepEqual(problems, ['content/glossary.yaml: term "prm": entry: no catalogue entry "nowhere"']);
});

test('a figure or equation id used twice on a page is reported', () => {
  const base = sources();
  const problems = findContentProblems({
    ...base,
    methods: [
      { id: 'alpha', filePath: 'content/methods/alpha.mdx', body: '<Equation id="e">\n<Equation id="e">', related: [] },
      { id: 'beta', filePath: 'content/methods/beta.mdx', body: '', related: [] },
    ],
  });
  assert.deepEqual(problems, ['content/methods/alpha.mdx: id "e" is used by more than one <Figure> or <Equation>']);
});

test('assertValidContent throws a ContentError that lists every problem', () => {
  assert.throws(
    () => assertValidContent(sources({ referenceKeys: new Set() })),
    (error: unknown) =>
      error instanceof ContentError &&
      error.problems.length === 2 &&
      error.message.startsWith('Invalid content:\n  - content/methods/alpha.mdx: paper:') &&
      error.message.includes('\n  - content/chapters/one.mdx: <Cite key="k1">'),
  );
});

test("an entry's arXiv id must match its paper's", () => {
  const base = sources();
  const problems = findContentProblems({
    ...base,
    referenceArxiv: new Map([['k1', '2001.00001']]),
    methods: [
      {
        id: 'alpha',
        filePath: 'content/methods/alpha.mdx',
        body: '',
        paper: 'k1',
        arxiv: '2001.00002',
        published: '2020-01',
        related: [],
      },
      {
        id: 'beta',
        filePath: 'content/methods/beta.mdx',
        body: '',
        paper: 'k1',
        arxiv: '2001.00001',
        published: '2020-01',
        related: [],
      },
    ],
  });
  assert.deepEqual(problems, [
    'content/methods/alpha.mdx: arxiv: "2001.00002" differs from the eprint "2001.00001" of its paper "k1"',
  ]);
});

test('a name or alias shared by two entries names both files', () => {
  const base = sources();
  const problems = findContentProblems({
    ...base,
    methods: [
      { id: 'alpha', filePath: 'content/methods/alpha.mdx', body: '', names: ['Alpha', 'PRM'], related: [] },
      { id: 'beta', filePath: 'content/methods/beta.mdx', body: '', names: ['Beta', 'prm', 'Alpha  '], related: [] },
    ],
  });
  assert.deepEqual(problems, [
    'content/methods/beta.mdx: aliases: "prm" is also a name of content/methods/alpha.mdx',
    'content/methods/beta.mdx: aliases: "Alpha  " is also a name of content/methods/alpha.mdx',
  ]);
});

test('an entry with a paper gives the month it first appeared: the month of its arXiv id, never a future one', () => {
  assert.equal(monthOfArxiv('2402.03300'), '2024-02');
  assert.equal(monthOfArxiv('1707.06347'), '2017-07');
  const entry = (extra: Record<string, string>) => ({
    id: 'alpha',
    filePath: 'content/methods/alpha.mdx',
    body: '',
    related: [],
    ...extra,
  });
  const problemsOf = (extra: Record<string, string>) =>
    findContentProblems({ ...sources(), methods: [entry(extra)], thisMonth: '2026-12' }).filter((problem) =>
      problem.includes('published'),
    );
  assert.deepEqual(problemsOf({ paper: 'k1' }), [
    'content/methods/alpha.mdx: published: missing; an entry with a paper gives the month it first appeared',
  ]);
  assert.deepEqual(problemsOf({ arxiv: '2402.03300', published: '2024-03' }), [
    'content/methods/alpha.mdx: published: 2024-03 is not the month of its arXiv id 2402.03300 (2024-02)',
  ]);
  assert.deepEqual(problemsOf({ paper: 'k1', published: '2027-01' }), [
    'content/methods/alpha.mdx: published: 2027-01 is in the future',
  ]);
  assert.deepEqual(problemsOf({ arxiv: '2402.03300', paper: 'k1', published: '2024-02' }), []);
  assert.deepEqual(problemsOf({}), [], 'a concept without a paper needs no month');
});

test('a reading path names existing entries and chapters, and has an order of its own', () => {
  const step = (target: { entry?: string; chapter?: string }) => target;
  const problems = findContentProblems({
    ...sources(),
    paths: [
      {
        id: 'a',
        filePath: 'content/paths/a.yaml',
        order: 1,
        steps: [step({ entry: 'alpha' }), step({ chapter: 'one' })],
      },
      {
        id: 'b',
        filePath: 'content/paths/b.yaml',
        order: 1,
        steps: [step({ entry: 'gamma' }), step({ chapter: 'nine' })],
      },
    ],
  });
  assert.deepEqual(problems, [
    'content/paths/b.yaml: order: 1 is already used by content/paths/a.yaml',
    'content/paths/b.yaml: steps[0].entry: no catalogue entry "gamma"',
    'content/paths/b.yaml: steps[1].chapter: no chapter "nine"',
  ]);
});

test('a key equation names an equation of the entry with display math', () => {
  const problemsOf = (body: string) =>
    findContentProblems({
      ...sources(),
      methods: [{ id: 'alpha', filePath: 'content/methods/alpha.mdx', body, keyEquation: 'eq-alpha', related: [] }],
    }).filter((problem) => problem.includes('keyEquation'));
  assert.deepEqual(problemsOf('<Equation id="eq-alpha">\n\n$$\nx = 1\n$$\n\n</Equation>'), []);
  const missing = [
    'content/methods/alpha.mdx: keyEquation: the body has no <Equation id="eq-alpha"> with display math ($$ … $$)',
  ];
  assert.deepEqual(problemsOf('<Equation id="eq-beta">\n\n$$\nx = 1\n$$\n\n</Equation>'), missing);
  assert.deepEqual(problemsOf('<Equation id="eq-alpha">\nwords only\n</Equation>'), missing);
});

test('a page is not revised before it was added, and neither date is in the future', () => {
  const problemsOf = (dates: { added?: string; revised?: string }) =>
    findContentProblems({
      ...sources(),
      methods: [{ id: 'alpha', filePath: 'content/methods/alpha.mdx', body: '', related: [], ...dates }],
      today: '2026-12-04',
    }).filter((problem) => /added|revised/.test(problem));
  assert.deepEqual(problemsOf({ added: '2026-11-25', revised: '2026-12-04' }), []);
  assert.deepEqual(problemsOf({ added: '2026-11-25', revised: '2026-11-24' }), [
    'content/methods/alpha.mdx: revised: 2026-11-24 is before added (2026-11-25)',
  ]);
  assert.deepEqual(problemsOf({ added: '2026-12-05' }), [
    'content/methods/alpha.mdx: added: 2026-12-05 is in the future',
  ]);
});

test('a chapter names its survey section unless it was written after the survey', () => {
  const chapter = (extra: { survey?: string; afterSurvey?: boolean }) => ({
    id: 'one',
    filePath: 'content/chapters/one.mdx',
    order: 1,
    body: '',
    ...extra,
  });
  const problemsOf = (extra: { survey?: string; afterSurvey?: boolean }) =>
    findContentProblems({ ...sources(), chapters: [chapter(extra)] }).filter((problem) => problem.includes('survey:'));
  assert.deepEqual(problemsOf({ survey: '3', afterSurvey: false }), []);
  assert.deepEqual(problemsOf({ afterSurvey: true }), []);
  assert.deepEqual(problemsOf({ afterSurvey: false }), [
    'content/chapters/one.mdx: survey: missing; give the survey section, or set afterSurvey: true',
  ]);
});
