import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duplicateAnchorIds, equationTex, extractBodyRefs, numberInOrder } from '../../src/lib/mdx-refs.ts';

const BODY = `
Intro <Cite key="b2020" /> then <Cite key='a2019'/> and again <Cite key="b2020" />.
See <M id="math-shepherd">Math-Shepherd</M>, a <Term id="prm">PRM</Term>, and [the list](/methods/) or
<a href="/glossary/#prm">the glossary</a>; external [links](https://example.org) are not internal.

<Figure id="fig-a" caption="A">x</Figure>
<Equation id="eq-one">

$$x$$

</Equation>

\`\`\`text
<Cite key="in-code" /> is an example, not a citation
\`\`\`
Inline \`<M id="in-inline-code">\` is ignored too.
`;

test('collects citations, entries, terms, figures, equations and internal links in order, once each', () => {
  const refs = extractBodyRefs(BODY);
  assert.deepEqual(refs.cites, ['b2020', 'a2019']);
  assert.deepEqual(refs.entries, ['math-shepherd']);
  assert.deepEqual(refs.terms, ['prm']);
  assert.deepEqual(refs.figures, ['fig-a']);
  assert.deepEqual(refs.equations, ['eq-one']);
  assert.deepEqual(refs.links, ['/methods/', '/glossary/#prm']);
  assert.deepEqual(refs.tables, []);
  assert.deepEqual(extractBodyRefs('<SurveyTable name="open-source" caption="c" />').tables, ['open-source']);
});

test('numbers values from 1 in order', () => {
  assert.deepEqual(
    [...numberInOrder(['b', 'a'])],
    [
      ['b', 1],
      ['a', 2],
    ],
  );
});

test('finds figure and equation ids used twice', () => {
  assert.deepEqual(duplicateAnchorIds('<Equation id="x">\n<Figure id="x" caption="c" />\n<Equation id="y">'), ['x']);
  assert.deepEqual(duplicateAnchorIds(BODY), []);
});

test('reads the display math of an equation by its id, and nothing for an unknown id or an equation without math', () => {
  const body = [
    '<Equation id="eq-a">\n\n$$\nA = \\frac{r - \\mu}{\\sigma}\n$$\n\n</Equation>',
    'Text with $$x$$ outside any equation.',
    '<Equation id="eq-b">\nno math here\n</Equation>',
    '```mdx\n<Equation id="eq-c">\n$$c$$\n</Equation>\n```',
  ].join('\n\n');
  assert.equal(equationTex(body, 'eq-a'), 'A = \\frac{r - \\mu}{\\sigma}');
  assert.equal(equationTex(body, 'eq-b'), undefined);
  assert.equal(equationTex(body, 'eq-c'), undefined, 'an example in a code block is not an equation');
  assert.equal(equationTex(body, 'eq-z'), undefined);
});
