import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  charactersFor,
  fallbackFaceRules,
  fallbackOverrides,
  fontFaceRule,
  mathSources,
  parseFontFaces,
  parseUnicodeRange,
  rewriteKatexFonts,
  usedCharacters,
} from '../../src/lib/fonts.ts';

const CSS = `/* inter-latin-ext-wght-normal */
@font-face {
  font-family: 'Inter Variable';
  font-style: normal;
  font-display: swap;
  font-weight: 100 900;
  src: url(./files/inter-latin-ext-wght-normal.woff2) format('woff2-variations');
  unicode-range: U+0100-02BA,U+2190-2193;
}
@font-face {
  font-family: 'Inter Variable';
  font-style: italic;
  font-weight: 100 900;
  src: url(./files/inter-latin-wght-italic.woff2) format('woff2-variations');
  unicode-range: U+0000-00FF;
}`;

test('parses unicode ranges and Fontsource @font-face rules', () => {
  assert.deepEqual(parseUnicodeRange('U+0000-00FF, U+0131,U+2190-2193'), [
    [0, 255],
    [0x131, 0x131],
    [0x2190, 0x2193],
  ]);
  assert.deepEqual(parseFontFaces(CSS), [
    {
      family: 'Inter Variable',
      style: 'normal',
      src: './files/inter-latin-ext-wght-normal.woff2',
      ranges: [
        [0x100, 0x2ba],
        [0x2190, 0x2193],
      ],
    },
    { family: 'Inter Variable', style: 'italic', src: './files/inter-latin-wght-italic.woff2', ranges: [[0, 255]] },
  ]);
});

test('collects every character the sources use, plus printable ASCII, once each and in order', () => {
  const characters = usedCharacters(['αβ → x', 'β\n\t']);
  assert.ok(characters.includes('α') && characters.includes('→') && characters.includes('~'));
  assert.equal([...characters].filter((character) => character === 'β').length, 1);
  assert.ok(!characters.includes('\n'));
  const codes = [...characters].map((character) => character.codePointAt(0)!);
  assert.deepEqual(
    codes,
    [...codes].sort((a, b) => a - b),
  );
});

test('keeps for each face only the characters in its ranges', () => {
  const [latinExt] = parseFontFaces(CSS);
  assert.equal(charactersFor(latinExt!, 'aé→ł'), '→ł');
  assert.equal(charactersFor(latinExt!, 'abc'), '');
});

test('writes a woff2 @font-face rule that keeps the unicode-range', () => {
  const [latinExt] = parseFontFaces(CSS);
  assert.equal(
    fontFaceRule(latinExt!, '400 700', '/fonts/x.woff2'),
    `@font-face{font-family:'Inter Variable';font-style:normal;font-display:optional;font-weight:400 700;src:url("/fonts/x.woff2") format('woff2');unicode-range:U+100-2BA,U+2190-2193}`,
  );
});

test('finds display and inline math, not code or escaped dollars', () => {
  const body = [
    'Inline $\\pi_\\theta$ and $x^2$, a price of \\$5 and `$not math$`.',
    '$$',
    'A = \\frac{r - \\mu}{\\sigma}',
    '$$',
    '```text',
    '$$ ignored $$',
    '```',
  ].join('\n');
  assert.deepEqual(mathSources(body), ['A = \\frac{r - \\mu}{\\sigma}', '\\pi_\\theta', 'x^2']);
});

test('points each KaTeX font at one woff2 file', () => {
  const css =
    '@font-face{font-family:KaTeX_AMS;src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(fonts/KaTeX_AMS-Regular.woff) format("woff"),url(fonts/KaTeX_AMS-Regular.ttf) format("truetype")}.katex{font:normal 1.21em KaTeX_Main}';
  assert.equal(
    rewriteKatexFonts(css, (font) => `./${font}.abc.woff2`),
    '@font-face{font-family:KaTeX_AMS;src:url("./KaTeX_AMS-Regular.abc.woff2") format("woff2")}.katex{font:normal 1.21em KaTeX_Main}',
  );
});

test('scales a local fallback to the web font: width by size-adjust, line box by the overrides', () => {
  // A web font twice as wide on average as its fallback, with a 1000-unit em, and a fallback with a 2048-unit em.
  const font = { ascent: 900, descent: -300, lineGap: 100, unitsPerEm: 1000, xWidthAvg: 500 };
  const fallback = { ascent: 1800, descent: -400, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 512 };
  const overrides = fallbackOverrides(font, fallback);
  assert.deepEqual(overrides, {
    'size-adjust': '200.00%',
    'ascent-override': '45.00%',
    'descent-override': '15.00%',
    'line-gap-override': '5.00%',
  });
  const rules = fallbackFaceRules('Serif Fallback', font, { names: ['Times New Roman', 'Tinos'], metrics: fallback }, [
    { style: 'normal', weight: 400 },
    { style: 'italic', weight: 700 },
  ]);
  assert.equal(rules.length, 2);
  assert.match(
    rules[0]!,
    /font-family:'Serif Fallback';font-style:normal;font-weight:400;src:local\("Times New Roman"\),local\("Tinos"\);size-adjust:200.00%/,
  );
  assert.match(
    rules[1]!,
    /font-style:italic;font-weight:700;src:local\("Times New Roman Bold Italic"\),local\("Tinos Bold Italic"\)/,
  );
});
