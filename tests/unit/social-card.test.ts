import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CARD_COLOURS,
  CARD_HEIGHT,
  CARD_WIDTH,
  SUBTITLE_MAX_CHARACTERS,
  SYMBOL_FAMILY,
  TITLE_MAX_CHARACTERS,
  chapterCard,
  clipText,
  entryCard,
  familyStack,
  siteCard,
  socialCardParam,
  socialCardTree,
  subsetFamily,
  titleFontSize,
  type CardChild,
  type CardElement,
} from '../../src/lib/social-card.ts';

const site = { siteName: 'Reasoning Atlas', arxiv: '2501.09686' };

/** Every text of a tree, in document order. */
function texts(node: CardChild): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

/** Every element of a tree whose text is exactly `text`. */
function elementsWithText(node: CardChild, text: string): CardElement[] {
  if (typeof node === 'string') return [];
  const children = node.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return [...(list.includes(text) ? [node] : []), ...list.flatMap((child) => elementsWithText(child, text))];
}

test('title sizes step down as titles get longer', () => {
  assert.equal(titleFontSize('GRPO'), 96);
  assert.equal(titleFontSize('x'.repeat(20)), 96);
  assert.equal(titleFontSize('x'.repeat(21)), 84);
  assert.equal(titleFontSize('x'.repeat(36)), 84);
  assert.equal(titleFontSize('x'.repeat(37)), 72);
  assert.equal(titleFontSize('x'.repeat(53)), 58);
  assert.equal(titleFontSize('Learning to reason: from supervised to reinforcement fine-tuning'), 58);
  assert.equal(titleFontSize('x'.repeat(69)), 52);
  assert.equal(titleFontSize('x'.repeat(106)), 46);
  assert.equal(titleFontSize('x'.repeat(500)), 46);
  const sizes = Array.from({ length: 200 }, (_, length) => titleFontSize('x'.repeat(length + 1)));
  assert.ok(
    sizes.every((size, index) => index === 0 || size <= sizes[index - 1]!),
    'never larger for a longer title',
  );
});

test('title sizes count characters, not UTF-16 units', () => {
  assert.equal(titleFontSize('≥'.repeat(20)), 96);
  assert.equal(titleFontSize('𝔼'.repeat(20)), 96);
});

test('text that fits is kept, only tidied', () => {
  assert.equal(clipText('Group Relative Policy Optimization', 40), 'Group Relative Policy Optimization');
  assert.equal(clipText('  two\n lines  ', 40), 'two lines');
});

test('long text is cut at a word boundary with an ellipsis, within the limit', () => {
  const text = 'The probability that at least one of k sampled solutions is correct, averaged over problems';
  const clipped = clipText(text, 40);
  assert.equal(clipped, 'The probability that at least one of k…');
  assert.ok([...clipped].length <= 40);
  assert.equal(clipText('one, two, three, four', 12), 'one, two…');
});

test('a single long word is cut mid-word rather than dropped', () => {
  assert.equal(clipText('Supercalifragilisticexpialidocious', 10), 'Supercali…');
});

test('clipping counts symbols as one character each', () => {
  assert.equal(clipText('n ≥ k ≥ 1', 9), 'n ≥ k ≥ 1');
});

test('the tree holds the label, the title and the subtitle, in that order', () => {
  const tree = socialCardTree({
    title: 'GRPO',
    label: 'Algorithm · Reinforcement learning',
    subtitle: 'A critic-free variant of PPO.',
    siteName: 'Reasoning Atlas',
    footnote: 'Companion to arXiv 2501.09686',
  });
  assert.deepEqual(texts(tree), [
    'Algorithm · Reinforcement learning',
    'GRPO',
    'A critic-free variant of PPO.',
    'Reasoning Atlas',
    'Companion to arXiv 2501.09686',
  ]);
  assert.equal(tree.props.style?.['width'], CARD_WIDTH);
  assert.equal(tree.props.style?.['height'], CARD_HEIGHT);
  assert.equal(tree.props.style?.['boxSizing'], 'border-box', 'the size includes padding');
  const [title] = elementsWithText(tree, 'GRPO');
  assert.equal(title?.props.style?.['fontSize'], 96);
  assert.match(String(title?.props.style?.['fontFamily']), /^Source Serif 4,/);
});

test('long titles and subtitles are clipped in the tree', () => {
  const tree = socialCardTree({
    title: 'word '.repeat(60),
    label: 'Chapter 1',
    subtitle: 'more '.repeat(80),
    siteName: 'Reasoning Atlas',
  });
  const [, title = '', subtitle = ''] = texts(tree);
  assert.ok([...title].length <= TITLE_MAX_CHARACTERS && title.endsWith('…'), title);
  assert.ok([...subtitle].length <= SUBTITLE_MAX_CHARACTERS && subtitle.endsWith('…'), subtitle);
  const [subtitleElement] = elementsWithText(tree, subtitle);
  assert.equal(subtitleElement?.props.style?.['lineClamp'], 3, 'the layout clamps what the count lets through');
});

test('without a subtitle, footnote or mark the tree leaves them out', () => {
  const tree = socialCardTree({ title: 'GRPO', label: 'Algorithm', siteName: 'Reasoning Atlas' });
  assert.deepEqual(texts(tree), ['Algorithm', 'GRPO', 'Reasoning Atlas']);
  assert.ok(!JSON.stringify(tree).includes('"img"'));
  const marked = socialCardTree({ title: 'GRPO', label: 'Algorithm', siteName: 'Reasoning Atlas', mark: 'data:x' });
  assert.ok(JSON.stringify(marked).includes('"src":"data:x"'));
});

test('each script of a family has a name of its own, and the stack ends with the symbols', () => {
  assert.equal(subsetFamily('Inter', 'latin'), 'Inter');
  assert.equal(subsetFamily('Inter', 'greek'), 'Inter greek');
  assert.equal(familyStack('Inter'), `Inter, Inter latin-ext, Inter greek, ${SYMBOL_FAMILY}`);
});

test('chapter, entry and site cards say what the page is', () => {
  assert.deepEqual(chapterCard({ order: 5, title: 'Learning to reason', description: 'How models learn.' }, site), {
    label: 'Chapter 5',
    title: 'Learning to reason',
    subtitle: 'How models learn.',
    siteName: 'Reasoning Atlas',
    footnote: 'Companion to arXiv 2501.09686',
    mark: undefined,
  });
  const entry = entryCard(
    { title: 'GRPO', kind: 'algorithm', stage: 'reinforcement-learning', summary: 'A critic-free PPO.' },
    site,
  );
  assert.equal(entry.label, 'Algorithm · Reinforcement learning');
  assert.equal(entry.subtitle, 'A critic-free PPO.');
  const whole = siteCard('Read the survey.', site);
  assert.equal(whole.title, 'Reasoning Atlas');
  assert.equal(whole.subtitle, 'Read the survey.');
});

test('the card route parameter follows socialCardPath', () => {
  assert.equal(socialCardParam('/methods/grpo/'), 'methods/grpo');
  assert.equal(socialCardParam('/chapters/introduction/'), 'chapters/introduction');
  assert.equal(socialCardParam(), 'site');
  assert.equal(socialCardParam('/glossary/'), 'site');
});

test("the card's colours are the light theme's in global.css", () => {
  const css = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
  for (const [name, value] of Object.entries(CARD_COLOURS)) {
    assert.match(css, new RegExp(`--color-${name}:\\s*${value};`, 'i'), `--color-${name}`);
  }
});
