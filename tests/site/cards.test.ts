/**
 * Sharing cards and app icons in the built site: every page's card (src/lib/urls.ts socialCardPath) is a PNG of
 * 1200 × 630, one per chapter and entry plus the site's, with no card left over; the icons the manifest and the
 * head name are PNGs of their sizes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_ICONS } from '../../src/lib/app-icons.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/social-card.ts';
import { socialCardPath } from '../../src/lib/urls.ts';
import { readSite } from '../support/site.ts';

const dist = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG file from its IHDR chunk, or a problem when it is not a PNG. */
function pngSize(file: string): { width: number; height: number } | string {
  if (!existsSync(file)) return 'missing';
  const bytes = readFileSync(file);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'not a PNG';
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return 'no IHDR chunk first';
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Site paths of the PNG files under a folder of dist. */
function pngsUnder(folder: string): string[] {
  const root = path.join(dist, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.png'))
    .map((name) => `/${folder}/${name.split(path.sep).join('/')}`)
    .sort();
}

test('every page has a sharing card of 1200 × 630 at socialCardPath, and every card belongs to a page', () => {
  const pages = readSite(dist);
  assert.ok(pages.length > 10, `expected a built site in ${dist}`);
  const cards = new Set(pages.map((page) => socialCardPath(page.path)));
  const chaptersAndEntries = pages.filter((page) => socialCardPath(page.path) !== '/cards/site.png');
  assert.ok(
    chaptersAndEntries.some((page) => page.path.startsWith('/chapters/')),
    'chapter pages have their own card',
  );
  assert.ok(
    chaptersAndEntries.some((page) => page.path.startsWith('/methods/')),
    'entry pages have their own card',
  );
  assert.ok(cards.has('/cards/site.png'));
  assert.equal(cards.size, chaptersAndEntries.length + 1, 'one card per chapter and entry, and the site card');

  const problems = [...cards].flatMap((card) => {
    const size = pngSize(path.join(dist, card));
    if (typeof size === 'string') return [`${card}: ${size}`];
    return size.width === CARD_WIDTH && size.height === CARD_HEIGHT ? [] : [`${card}: ${size.width} × ${size.height}`];
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(
    pngsUnder('cards').filter((card) => !cards.has(card)),
    [],
    'cards without a page',
  );
});

test('the app icons are PNGs of their sizes', () => {
  const sizes = APP_ICONS.map((icon) => [icon.name, pngSize(path.join(dist, 'icons', `${icon.name}.png`))]);
  assert.deepEqual(
    sizes,
    APP_ICONS.map((icon) => [icon.name, { width: icon.size, height: icon.size }]),
  );
  assert.deepEqual(pngsUnder('icons'), [
    '/icons/apple-touch-icon.png',
    '/icons/icon-192.png',
    '/icons/icon-512.png',
    '/icons/icon-maskable-512.png',
  ]);
});
