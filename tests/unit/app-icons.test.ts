import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_ICONS, ICON_BACKGROUND, appIconSvg } from '../../src/lib/app-icons.ts';

const favicon = readFileSync(path.resolve(import.meta.dirname, '../../public/favicon.svg'), 'utf8');
const icon = (name: string) => APP_ICONS.find((candidate) => candidate.name === name)!;

test('the icons the manifest and the head name, at their sizes', () => {
  assert.deepEqual(
    APP_ICONS.map(({ name, size }) => [name, size]),
    [
      ['icon-192', 192],
      ['icon-512', 512],
      ['icon-maskable-512', 512],
      ['apple-touch-icon', 180],
    ],
  );
});

test('icons that are masked or must be opaque have a solid background and padding', () => {
  for (const name of ['icon-maskable-512', 'apple-touch-icon']) {
    assert.equal(icon(name).background, ICON_BACKGROUND, name);
    assert.ok(icon(name).padding > 0, name);
  }
  // The favicon's glyph reaches 37% of its side from the centre; the maskable safe zone is a circle of radius 40%.
  const maskable = icon('icon-maskable-512');
  assert.ok(0.372 * (1 - 2 * maskable.padding) <= 0.4);
});

test('the favicon is nested at the padding, over the background', () => {
  const svg = appIconSvg(favicon, icon('icon-maskable-512'));
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="512" height="512" viewBox="0 0 512 512">/);
  assert.match(svg, /<rect width="512" height="512" fill="#8a3b12"\/><svg x="51" y="51" width="410" height="410" /);
  assert.ok(svg.endsWith('</svg></svg>'));
});

test('a plain icon is the favicon at full size, without a background', () => {
  const svg = appIconSvg(favicon, icon('icon-192'));
  assert.match(svg, /viewBox="0 0 192 192"><svg x="0" y="0" width="192" height="192" /);
  assert.ok(!svg.includes('<rect width="192"'));
});

test("the favicon's own size and an XML declaration give way", () => {
  const svg = appIconSvg('<?xml version="1.0"?>\n<svg width="32" height="32" viewBox="0 0 32 32"><path d=""/></svg>', {
    name: 'x',
    size: 100,
    padding: 0.1,
  });
  assert.ok(svg.includes('<svg x="10" y="10" width="80" height="80" viewBox="0 0 32 32"><path d=""/></svg>'), svg);
  assert.throws(() => appIconSvg('<png/>', { name: 'x', size: 10, padding: 0 }), /must be an SVG/);
});
