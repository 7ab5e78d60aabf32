import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBibliography } from '../../src/lib/bibliography.ts';
import { extractBodyRefs } from '../../src/lib/mdx-refs.ts';
import { normalizeName } from '../../src/lib/query.ts';
import { findContentProblems } from '../../src/lib/validate.ts';
import { KINDS, RELATIONS, STAGES, SUPERVISIONS, TAGS } from '../../src/lib/vocabulary.ts';
import { countProseWords } from '../../src/lib/word-count.ts';
import {
  createRandom,
  generateSyntheticEntries,
  isPersonName,
  proseWords,
  summariseRealContent,
} from '../bench/synthetic.ts';

const REAL_BODY = `## At a glance

A <Term id="prm">process reward model</Term> scores every step of a solution, as in
<M id="math-shepherd">Math-Shepherd</M>; labelling steps by hand is slow <Cite key="wang2024" />.

- **Problem**: human step labels are the bottleneck for training verifiers on multi-step math.
- **Key idea**: estimate each step's value $v(s_i)$ by rolling out completions and counting correct answers.

$$
y = \\frac{1}{N} \\sum_{j=1}^{N} a_j
$$

\`\`\`text
for step in solution: label(step)
\`\`\`

See [the catalogue](/methods/) and https://example.org/page for more; the policy's reward is {'dense'}.
`;

const real = summariseRealContent(
  [
    { id: 'math-shepherd', kind: 'reward-model', stage: 'data-construction', body: REAL_BODY },
    { id: 'gsm8k', kind: 'benchmark', stage: 'evaluation', body: REAL_BODY.slice(0, 400) },
    { id: 'grpo', kind: 'algorithm', stage: 'reinforcement-learning', body: REAL_BODY },
    { id: 'self-consistency', kind: 'method', stage: 'test-time', body: REAL_BODY.slice(0, 250) },
  ],
  ['prm', 'majority-vote'],
  ['Peiyi Wang', 'Xuezhi Wang', 'Hunter Lightman', '{OpenAI}', 'DeepSeek-AI'],
);
const COUNT = 60;
const entries = generateSyntheticEntries(real, COUNT, 7);

/** The frontmatter as the site reads it: one JSON value per key. */
function frontmatterOf(mdx: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  assert.ok(match, 'the file starts with a frontmatter block');
  return Object.fromEntries(
    match[1]!.split('\n').map((line) => {
      const colon = line.indexOf(': ');
      return [line.slice(0, colon), JSON.parse(line.slice(colon + 2)) as unknown];
    }),
  );
}

test('proseWords keeps plain words and drops markup, math, code and links', () => {
  const words = proseWords(REAL_BODY);
  for (const word of ['process', 'Math-Shepherd', "step's", 'bottleneck', "policy's"]) assert.ok(words.includes(word));
  for (const word of words) assert.match(word, /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*$/u);
  for (const dropped of ['v(s_i)', 'label(step)', 'https://example.org/page', "{'dense'}", 'Term', 'key', 'Problem**'])
    assert.ok(!words.includes(dropped), dropped);
});

test('isPersonName keeps people and leaves out organisations and single names', () => {
  assert.deepEqual(real.authors, ['Peiyi Wang', 'Xuezhi Wang', 'Hunter Lightman']);
  assert.equal(isPersonName('Jean-Baptiste Alayrac'), true);
  assert.equal(isPersonName('Google DeepMind {Team}'), false);
});

test('the generator is deterministic for a seed', () => {
  assert.deepEqual(generateSyntheticEntries(real, COUNT, 7), entries);
  assert.notDeepEqual(generateSyntheticEntries(real, COUNT, 8), entries);
  const a = createRandom(1);
  const b = createRandom(1);
  for (let i = 0; i < 5; i += 1) assert.equal(a(), b());
});

test('ids, titles, names and bibliography keys are unique, including against the real entries', () => {
  assert.equal(entries.length, COUNT);
  assert.equal(entries[0]!.id, 'synthetic-0001');
  assert.equal(new Set(entries.map((entry) => entry.id)).size, COUNT);
  assert.equal(new Set(entries.map((entry) => entry.data.paper)).size, COUNT);
  for (const entry of entries) assert.match(entry.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  const names = entries.flatMap((entry) => [entry.data.title, ...entry.data.aliases].map(normalizeName));
  assert.equal(new Set(names).size, names.length);
  const realIds = new Set(real.entries.map((entry) => entry.id));
  for (const entry of entries) assert.ok(!realIds.has(entry.id));
  // Coined names, as varied as real ones: no prefix shared by many (search shares names out by their first letters).
  assert.match(entries[0]!.data.title, /^[A-Z][a-z]+$/);
  const prefixes = new Map<string, number>();
  for (const entry of entries) {
    const prefix = normalizeName(entry.data.title).slice(0, 3);
    prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
  }
  assert.ok(Math.max(...prefixes.values()) < COUNT / 4, JSON.stringify([...prefixes]));
});

test('the frontmatter is what the schema accepts', () => {
  for (const entry of entries) {
    const data = frontmatterOf(entry.mdx);
    assert.deepEqual(data, { ...entry.data });
    assert.ok(entry.data.summary.length > 0 && entry.data.summary.length <= 160, entry.data.summary);
    assert.ok((KINDS as readonly string[]).includes(entry.data.kind));
    assert.ok((STAGES as readonly string[]).includes(entry.data.stage));
    for (const tag of entry.data.tags) assert.ok((TAGS as readonly string[]).includes(tag));
    assert.equal(new Set(entry.data.tags).size, entry.data.tags.length);
    if (entry.data.supervision !== undefined)
      assert.ok((SUPERVISIONS as readonly string[]).includes(entry.data.supervision));
    assert.ok(Number.isInteger(entry.data.year));
    assert.ok(entry.data.related.length >= 1 && entry.data.related.length <= 3);
    for (const link of entry.data.related) assert.ok((RELATIONS as readonly string[]).includes(link.relation));
    for (const source of entry.data.sources) assert.match(source, /^https:\/\/example\.org\/synthetic\/\d{4}$/);
  }
});

test('every reference resolves: papers in the appended BibTeX, related entries, links and terms', () => {
  const bibliography = parseBibliography(entries.map((entry) => entry.bibtex).join('\n\n'), 'references.bib');
  assert.equal(bibliography.length, COUNT);
  for (const work of bibliography) assert.ok(work.title && work.authors.length > 0 && work.year >= 2019);
  const methods = [
    ...real.entries.map((entry) => ({ id: entry.id, filePath: `${entry.id}.mdx`, body: '', related: [] })),
    ...entries.map((entry) => ({
      id: entry.id,
      filePath: `${entry.id}.mdx`,
      body: entry.body,
      names: [entry.data.title, ...entry.data.aliases],
      paper: entry.data.paper,
      published: entry.data.published,
      kind: entry.data.kind,
      related: entry.data.related,
    })),
  ];
  const problems = findContentProblems({
    chapters: [],
    methods,
    referenceKeys: new Set(bibliography.map((work) => work.key)),
    glossary: real.termIds.map((id) => ({ id })),
    glossaryFile: 'glossary.yaml',
    routes: new Set(methods.map((method) => `/methods/${method.id}/`)),
  });
  assert.deepEqual(problems, []);
  const realIds = new Set(real.entries.map((entry) => entry.id));
  for (const entry of entries) {
    for (const link of entry.data.related) assert.ok(realIds.has(link.entry));
  }
});

test('bodies have the shape of a real entry', () => {
  for (const entry of entries) {
    const headings = [...entry.body.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    assert.deepEqual(headings, ['At a glance', 'How it works', 'What it reports', 'Strengths and limits']);
    assert.match(entry.body, /^1\. \*\*/m);
    assert.match(entry.body, /<Equation id="eq-[a-z0-9-]+">\n\n\$\$\n[^$]+\n\$\$\n\n<\/Equation>/);
    assert.match(entry.body, / \$[^$\s]+\$ /);
    const refs = extractBodyRefs(entry.body);
    assert.deepEqual(refs.cites, [entry.data.paper]);
    assert.ok(refs.entries.length >= 2);
    assert.ok(refs.terms.length >= 1);
  }
});

test('bodies are as long as real ones', () => {
  // Real bodies run from about 400 to 1,200 words of prose.
  const lengths = [420, 560, 610, 1180];
  const sized = { ...real, entries: real.entries.map((entry, index) => ({ ...entry, words: lengths[index]! })) };
  const words = generateSyntheticEntries(sized, 200, 3).map((entry) => countProseWords(entry.body));
  for (const count of words) assert.ok(count >= 420 * 0.85 && count <= 1180 * 1.15, String(count));
  const mean = words.reduce((sum, count) => sum + count, 0) / words.length;
  const realMean = lengths.reduce((sum, count) => sum + count, 0) / lengths.length;
  assert.ok(Math.abs(mean / realMean - 1) < 0.1, `mean ${mean} against ${realMean}`);
});

test('each entry writes mostly in the words of one real entry, as real pages keep to their topic', () => {
  const topics = summariseRealContent(
    [
      { id: 'alpha', kind: 'method', stage: 'test-time', body: 'apple apricot avocado almond anise '.repeat(40) },
      { id: 'beta', kind: 'method', stage: 'test-time', body: 'banana blueberry bilberry basil borage '.repeat(40) },
    ],
    ['prm'],
    ['Peiyi Wang'],
  );
  for (const entry of generateSyntheticEntries(topics, 40, 5)) {
    const words = proseWords(entry.body).filter((word) => /^[ab][a-z]+$/i.test(word) && word !== entry.data.title);
    const fromA = words.filter((word) => /^a/i.test(word)).length / words.length;
    assert.ok(Math.max(fromA, 1 - fromA) > 0.75, `${entry.id}: ${fromA.toFixed(2)} of its words from one topic`);
  }
});
