import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorYear, mdxToText } from '../../src/lib/plain-text.ts';

const cite = (key: string) => `(${key === 'wang2023' ? 'Wang et al., 2023' : key})`;

test('components become the text they stand for', () => {
  const body = [
    'This is <M id="self-consistency">self-consistency</M>, a <Term id="prm">PRM</Term> idea <Cite key="wang2023" />.',
    '',
    '<Equation id="eq-a">',
    '',
    '$$',
    'x = 1',
    '$$',
    '',
    '</Equation>',
    '',
    '<Callout type="takeaways" title="Key takeaways">',
    '- one',
    '</Callout>',
    '',
    '<Results />',
    '<SurveyTable name="open-source" caption="Table" />',
  ].join('\n');
  assert.equal(
    mdxToText(body, cite),
    'This is self-consistency, a PRM idea (Wang et al., 2023).\n\n$$\nx = 1\n$$\n\n**Key takeaways**\n- one',
  );
});

test('a figure becomes its caption and the description of its drawing', () => {
  const body =
    '<Figure id="f" caption="Four schemes.">\n<svg viewBox="0 0 1 1"><title>T</title><desc id="d">Four panels.</desc><line /></svg>\n</Figure>\n\nAfter.';
  assert.equal(mdxToText(body, cite), '[Figure: Four schemes. Four panels.]\n\nAfter.');
  assert.equal(
    mdxToText('<Figure id="g" caption="A widget.">\n<ScalingExplorer />\n</Figure>', cite),
    '[Figure: A widget.]',
  );
});

test('a citation reads as authors and year', () => {
  assert.equal(authorYear(['Cobbe'], 2021), '(Cobbe, 2021)');
  assert.equal(authorYear(['Lee', 'Kim'], 2024), '(Lee and Kim, 2024)');
  assert.equal(authorYear(['Wang', 'Wei', 'Schuurmans'], 2023), '(Wang et al., 2023)');
});
