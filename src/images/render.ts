/**
 * Renders the site's images at build time, for the endpoints under src/pages/cards/ and src/pages/icons/: sharing
 * cards (satori lays out the tree of src/lib/social-card.ts and turns its text into paths, resvg rasterises the
 * SVG) and app icons (resvg alone).
 *
 * A card takes about 37 ms, which adds up over a catalogue that grows to thousands of entries, so each PNG is
 * kept in a cache folder under a hash of everything that decides its pixels: the element tree (text, layout,
 * colours, the mark), the font files and the renderers' versions. A rebuild reads unchanged cards back, and a
 * change to any of these makes new ones without anyone clearing the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import {
  CARD_FAMILIES,
  CARD_HEIGHT,
  CARD_SUBSETS,
  CARD_WIDTH,
  SYMBOL_FAMILY,
  socialCardTree,
  subsetFamily,
  type CardInput,
} from '../lib/social-card.ts';

// Bundled into the build, this module has no folder of its own: packages resolve from the project (the working folder).
const require = createRequire(path.join(process.cwd(), 'package.json'));

/**
 * Satori needs static TTF, OTF or WOFF fonts, so these are Fontsource's per-weight WOFF files, not the variable
 * WOFF2 ones the pages use, one file per script (src/lib/social-card.ts `familyStack` says how the tree asks for
 * them); KaTeX's main font, last, draws the math symbols (≥, →, ≤) that none of those files has.
 */
const FONT_FILES: { name: string; weight: NonNullable<Font['weight']>; file: string }[] = [
  ...CARD_SUBSETS.flatMap((subset) => [
    {
      name: subsetFamily(CARD_FAMILIES.serif, subset),
      weight: 600 as const,
      file: `@fontsource/source-serif-4/files/source-serif-4-${subset}-600-normal.woff`,
    },
    {
      name: subsetFamily(CARD_FAMILIES.sans, subset),
      weight: 400 as const,
      file: `@fontsource/inter/files/inter-${subset}-400-normal.woff`,
    },
    {
      name: subsetFamily(CARD_FAMILIES.sans, subset),
      weight: 700 as const,
      file: `@fontsource/inter/files/inter-${subset}-700-normal.woff`,
    },
  ]),
  { name: SYMBOL_FAMILY, weight: 400, file: 'katex/dist/fonts/KaTeX_Main-Regular.woff' },
];

/** Where cached cards live: in the build's cache folder when a test build has its own, else beside other caches. */
const CACHE_DIR = process.env['ATLAS_CACHE_DIR']
  ? path.join(process.env['ATLAS_CACHE_DIR'], 'atlas-cards')
  : path.join('node_modules', '.cache', 'atlas-cards');

interface Renderer {
  fonts: Font[];
  /** Hash of the font files and renderer versions, part of every card's cache key. */
  digest: string;
}

let renderer: Renderer | undefined;

/** The fonts and the digest, read once per build: satori also caches its parsed fonts by this array. */
function loadRenderer(): Renderer {
  if (renderer) return renderer;
  const hash = createHash('sha256');
  for (const name of ['satori', '@resvg/resvg-js']) {
    const { version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
      version: string;
    };
    hash.update(`${name}@${version}\n`);
  }
  const fonts = FONT_FILES.map(({ name, weight, file }) => {
    const data = readFileSync(require.resolve(file));
    hash.update(data);
    return { name, weight, style: 'normal' as const, data };
  });
  renderer = { fonts, digest: hash.digest('hex') };
  return renderer;
}

const warned = new Set<string>();

let listing: string[] | undefined;

/** The cache folder's files when the build started: listed once, not once per card made. */
function cachedFiles(): string[] {
  listing ??= existsSync(CACHE_DIR) ? readdirSync(CACHE_DIR) : [];
  return listing;
}

/** Rasterises an SVG at its own size; system fonts are never loaded (satori's SVG holds its text as paths). */
function rasterise(svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * The PNG of a sharing card. `id` names it in the cache ("methods-grpo"); a new version of a card replaces the
 * old one there, so the cache holds one file per card.
 */
export async function renderCard(id: string, input: CardInput): Promise<Buffer> {
  const { fonts, digest } = loadRenderer();
  const tree = socialCardTree(input);
  const key = createHash('sha256').update(digest).update(JSON.stringify(tree)).digest('hex').slice(0, 16);
  const file = path.join(CACHE_DIR, `${id}.${key}.png`);
  if (existsSync(file)) return readFileSync(file);

  // Satori's types ask for a React node; the tree is the plain-object form of one.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    // Called for text no font covers, which the card would show as empty boxes: the build says which card and text.
    loadAdditionalAsset: async (_language, segment) => {
      if (!warned.has(`${id}\n${segment}`)) {
        warned.add(`${id}\n${segment}`);
        console.warn(`[atlas:cards] ${id}: no card font has a glyph for "${segment}"`);
      }
      return [];
    },
  });
  const png = rasterise(svg);
  mkdirSync(CACHE_DIR, { recursive: true });
  // The card's earlier versions, whose input has changed, are of no more use.
  for (const name of cachedFiles()) {
    if (name.startsWith(`${id}.`) && /^[0-9a-f]{16}\.png$/.test(name.slice(id.length + 1))) {
      rmSync(path.join(CACHE_DIR, name), { force: true });
    }
  }
  writeFileSync(file, png);
  return png;
}

/** The PNG of an SVG drawn at its own width and height (the app icons; small, so not cached). */
export function renderSvg(svg: string): Buffer {
  return rasterise(svg);
}
