/**
 * Subsets the self-hosted fonts to the characters the site uses, as part of `astro build` (and dev).
 *
 * Fontsource ships each variable font as files per script, each covering weights 100-900. The site uses a
 * fraction of the glyphs and a few weights, so each needed file is cut to the characters found in content/ and
 * src/ and to the weight range the design uses. KaTeX's fonts are cut to the glyphs that the site's math renders
 * to. Together that roughly halves what a first view downloads. The subsets and stylesheets for them go to the
 * cache folder; pages import them as `atlas:fonts.css` and `atlas:katex.css`, so Vite fingerprints the subsets
 * like any other asset.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import katex from 'katex';
import arial from '@capsizecss/metrics/arial';
import inter from '@capsizecss/metrics/inter';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import subsetFont from 'subset-font';
import {
  charactersFor,
  fallbackFaceRules,
  fontFaceRule,
  mathSources,
  parseFontFaces,
  rewriteKatexFonts,
  usedCharacters,
} from '../lib/fonts.ts';

interface FaceSource {
  /** Fontsource stylesheet, as a package path. */
  stylesheet: string;
  /** The weights kept, as a CSS font-weight value. */
  weight: string;
  /** The variation axis limits passed to the subsetter. */
  axes: Record<string, number | { min: number; max: number }>;
  /** Whether its Latin file is preloaded: the faces every page shows above the fold. */
  preload?: boolean;
}

const FACES: FaceSource[] = [
  {
    stylesheet: '@fontsource-variable/source-serif-4/wght.css',
    weight: '400 700',
    axes: { wght: { min: 400, max: 700 } },
    preload: true,
  },
  // Italic appears only in running text (emphasis, titles), so one weight is enough.
  { stylesheet: '@fontsource-variable/source-serif-4/wght-italic.css', weight: '400', axes: { wght: 400 } },
  {
    stylesheet: '@fontsource-variable/inter/wght.css',
    weight: '400 700',
    axes: { wght: { min: 400, max: 700 } },
    preload: true,
  },
];

/**
 * Local fonts that take each web font's place when it is not there for the first layout, scaled to its metrics
 * (global.css names these families right after the web fonts). Times New Roman and Arial are on most systems;
 * Liberation and Croscore fonts are their metric-compatible clones on Linux and ChromeOS.
 */
const FALLBACKS = [
  {
    family: 'Source Serif 4 Fallback',
    font: sourceSerif4,
    fallback: { names: ['Times New Roman', 'Liberation Serif', 'Tinos'], metrics: timesNewRoman },
    faces: [
      { style: 'normal', weight: 400 },
      { style: 'normal', weight: 700 },
      { style: 'italic', weight: 400 },
    ],
  },
  {
    family: 'Inter Fallback',
    font: inter,
    fallback: { names: ['Arial', 'Liberation Sans', 'Arimo'], metrics: arial },
    faces: [
      { style: 'normal', weight: 400 },
      { style: 'normal', weight: 700 },
    ],
  },
] as const;

const TEXT_FILE = /\.(mdx|md|astro|ts|yaml|yml|bib)$/;

function readTexts(folder: string, pattern = TEXT_FILE): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return readTexts(file, pattern);
    return pattern.test(name) ? [readFileSync(file, 'utf8')] : [];
  });
}

/** The characters KaTeX draws for the site's math: the text of its HTML rendering of every formula. */
function renderedMathCharacters(bodies: readonly string[]): string {
  const rendered = bodies.flatMap(mathSources).map((tex) => {
    const html = katex.renderToString(tex, { output: 'html', throwOnError: false, displayMode: true });
    return html
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  });
  return usedCharacters(rendered);
}

/** Writes the subset of `input` for `characters` into `out` (once; the name encodes what went in). */
async function writeSubset(
  input: Buffer,
  baseName: string,
  characters: string,
  axes: FaceSource['axes'] | undefined,
  out: string,
): Promise<{ name: string; size: number }> {
  const key = createHash('sha256')
    .update(input)
    .update(characters)
    .update(JSON.stringify(axes ?? {}))
    .digest('hex');
  const name = `${baseName}.${key.slice(0, 10)}.woff2`;
  const file = path.join(out, name);
  if (!existsSync(file)) {
    const options = axes ? { targetFormat: 'woff2' as const, variationAxes: axes } : { targetFormat: 'woff2' as const };
    writeFileSync(file, await subsetFont(input, characters, options));
  }
  return { name, size: statSync(file).size };
}

/**
 * Writes a module exporting the URLs of font files in its folder, as `?url` imports: Vite fingerprints them exactly
 * as it does a stylesheet's url(), so preload links and @font-face rules name the same files. Returns its path.
 */
function writeUrlModule(file: string, names: readonly string[]): string {
  writeFileSync(
    file,
    `${names.map((name, index) => `import font${index} from './${name}?url';`).join('\n')}\n` +
      `export default [${names.map((_, index) => `font${index}`).join(', ')}];\n`,
  );
  return file;
}

/** The integration; `contentDir` is where the site's content lives (ATLAS_CONTENT_DIR in tests). */
export function subsetFonts(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'atlas:subset-fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const out = path.join(fileURLToPath(config.cacheDir), 'atlas-fonts');
        mkdirSync(out, { recursive: true });
        const text = usedCharacters([
          ...readTexts(path.resolve(root, options.contentDir)),
          ...readTexts(path.join(root, 'src')),
        ]);
        const require = createRequire(path.join(root, 'package.json'));
        const rules: string[] = [];
        const preloads: string[] = [];
        let bytes = 0;
        for (const source of FACES) {
          const stylesheet = require.resolve(source.stylesheet);
          for (const face of parseFontFaces(readFileSync(stylesheet, 'utf8'))) {
            const characters = charactersFor(face, text);
            if (!characters) continue; // The browser would never fetch it.
            const input = readFileSync(path.resolve(path.dirname(stylesheet), face.src));
            const subset = await writeSubset(input, path.basename(face.src, '.woff2'), characters, source.axes, out);
            bytes += subset.size;
            rules.push(fontFaceRule(face, source.weight, `./${subset.name}`));
            if (source.preload && charactersFor(face, 'a')) preloads.push(subset.name);
          }
        }
        for (const { family, font, fallback, faces } of FALLBACKS) {
          rules.push(
            ...fallbackFaceRules(family, font, { names: [...fallback.names], metrics: fallback.metrics }, faces),
          );
        }
        const css = path.join(out, 'fonts.css');
        writeFileSync(css, `${rules.join('\n')}\n`);
        const preloadModule = writeUrlModule(path.join(out, 'preloads.mjs'), preloads);

        const katexCss = require.resolve('katex/dist/katex.min.css');
        const mathCharacters = renderedMathCharacters(readTexts(path.resolve(root, options.contentDir), /\.mdx?$/));
        const katexNames = new Map<string, string>();
        for (const name of readdirSync(path.join(path.dirname(katexCss), 'fonts')).filter((file) =>
          file.endsWith('.woff2'),
        )) {
          const input = readFileSync(path.join(path.dirname(katexCss), 'fonts', name));
          const subset = await writeSubset(input, path.basename(name, '.woff2'), mathCharacters, undefined, out);
          katexNames.set(path.basename(name, '.woff2'), subset.name);
        }
        // The two KaTeX faces nearly every formula uses (upright and italic letters), preloaded on pages with math.
        const mathPreloads = ['KaTeX_Main-Regular', 'KaTeX_Math-Italic'].flatMap((font) => katexNames.get(font) ?? []);
        const mathPreloadModule = writeUrlModule(path.join(out, 'math-preloads.mjs'), mathPreloads);
        const mathCss = path.join(out, 'katex.css');
        writeFileSync(
          mathCss,
          rewriteKatexFonts(readFileSync(katexCss, 'utf8'), (font) => `./${katexNames.get(font) ?? `${font}.woff2`}`),
        );
        logger.info(
          `${rules.length} text font subsets for ${[...text].length} characters (${(bytes / 1024).toFixed(1)} kB); ` +
            `${katexNames.size} KaTeX fonts cut to ${[...mathCharacters].length} characters`,
        );
        updateConfig({
          vite: {
            resolve: {
              alias: {
                'atlas:fonts.css': css,
                'atlas:katex.css': mathCss,
                'atlas:font-preloads': preloadModule,
                'atlas:math-font-preloads': mathPreloadModule,
              },
            },
          },
        });
      },
    },
  };
}
