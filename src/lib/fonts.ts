/**
 * Pure helpers for subsetting the self-hosted fonts to the characters the site uses: reading a Fontsource
 * stylesheet, deciding which characters each face needs, and writing the @font-face rules for the subsets.
 */

/** One @font-face rule of a Fontsource stylesheet. */
export interface FontFace {
  family: string;
  style: string;
  /** The file the rule points to, relative to the stylesheet ("./files/inter-latin-wght-normal.woff2"). */
  src: string;
  /** Code points the file covers, as [first, last] ranges. */
  ranges: [number, number][];
}

/** Parses "U+0000-00FF,U+0131" into code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(first, 16);
    return [start, last ? Number.parseInt(last, 16) : start];
  });
}

/** Reads the @font-face rules of a Fontsource stylesheet. */
export function parseFontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body = '']) => {
    const field = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim() ?? '';
    return {
      family: field('font-family').replace(/^['"]|['"]$/g, ''),
      style: field('font-style'),
      src: /url\(([^)]+)\)/.exec(field('src'))?.[1]?.replace(/^['"]|['"]$/g, '') ?? '',
      ranges: parseUnicodeRange(field('unicode-range') || 'U+0-10FFFF'),
    };
  });
}

/**
 * The characters the site can show: every character in its sources, plus printable ASCII and common typography,
 * so that text assembled at run time (search excerpts, counts) is always covered. Sorted, without repeats.
 */
export function usedCharacters(texts: readonly string[]): string {
  const characters = new Set<string>();
  for (let code = 0x20; code < 0x7f; code += 1) characters.add(String.fromCharCode(code));
  for (const character of '‘’“”–—…•·×→←§°') characters.add(character);
  for (const text of texts) for (const character of text) if (!/\p{Cc}/u.test(character)) characters.add(character);
  return [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** The characters of `text` that fall in a face's ranges; empty when the face is not needed at all. */
export function charactersFor(face: FontFace, text: string): string {
  return [...text]
    .filter((character) => {
      const code = character.codePointAt(0)!;
      return face.ranges.some(([first, last]) => code >= first && code <= last);
    })
    .join('');
}

/**
 * An @font-face rule for a subset file, keeping the face's unicode-range so browsers fetch it only if needed.
 * `font-display: optional` lets the browser use the font only if it is there for the first layout (the critical
 * files are preloaded, and cached after the first visit); otherwise the page keeps its metric-matched fallback,
 * so text never moves when a font arrives late.
 */
export function fontFaceRule(face: FontFace, weight: string, url: string): string {
  const range = face.ranges
    .map(
      ([first, last]) =>
        `U+${first.toString(16).toUpperCase()}${last === first ? '' : `-${last.toString(16).toUpperCase()}`}`,
    )
    .join(',');
  return `@font-face{font-family:'${face.family}';font-style:${face.style};font-display:optional;font-weight:${weight};src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${range}}`;
}

/** Vertical and horizontal metrics of a font, in font units, as @capsizecss/metrics publishes them. */
export interface FontMetrics {
  ascent: number;
  /** Negative, below the baseline. */
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average width of Latin characters, weighted by their frequency in text. */
  xWidthAvg: number;
}

/** A local font that stands in for a web font until (or unless) it loads: its local() names and their metrics. */
export interface LocalFallback {
  /** Full names of the faces, in order of preference; all must share `metrics` (metric-compatible clones). */
  names: string[];
  metrics: FontMetrics;
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * The overrides that make a local fallback take the space the web font takes: `size-adjust` scales its glyphs to
 * the web font's average character width, and the ascent, descent and line-gap overrides (relative to the scaled
 * em) give its lines the web font's height. Lines then break at nearly the same places and stay the same height.
 */
export function fallbackOverrides(font: FontMetrics, fallback: FontMetrics): Record<string, string> {
  const sizeAdjust = font.xWidthAvg / font.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const em = font.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(font.ascent / em),
    'descent-override': percent(Math.abs(font.descent) / em),
    'line-gap-override': percent(font.lineGap / em),
  };
}

/**
 * The @font-face rules of a fallback family named `family`: one per style and weight in `faces`, each pointing at
 * the local faces of that style and weight, all with the overrides that match `font`'s metrics.
 */
export function fallbackFaceRules(
  family: string,
  font: FontMetrics,
  fallback: LocalFallback,
  faces: readonly { style: 'normal' | 'italic'; weight: number }[],
): string[] {
  const overrides = Object.entries(fallbackOverrides(font, fallback.metrics))
    .map(([property, value]) => `${property}:${value}`)
    .join(';');
  return faces.map(({ style, weight }) => {
    const suffix = [weight >= 600 ? 'Bold' : '', style === 'italic' ? 'Italic' : ''].filter(Boolean).join(' ');
    const sources = fallback.names.map((name) => `local(${JSON.stringify(suffix ? `${name} ${suffix}` : name)})`);
    return `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};src:${sources.join(',')};${overrides}}`;
  });
}

/**
 * The TeX sources of the math in a Markdown/MDX body: display blocks ($$…$$) and inline spans ($…$), as
 * remark-math reads them. Code blocks are skipped; an escaped dollar (\$) is not a delimiter.
 */
export function mathSources(body: string): string[] {
  const text = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const display = [...text.matchAll(/\$\$([\s\S]+?)\$\$/g)].map((match) => match[1]!.trim());
  const rest = text.replace(/\$\$[\s\S]+?\$\$/g, ' ');
  const inline = [...rest.matchAll(/(?<![\\$])\$(?!\$)((?:\\.|[^$\n\\])+?)\$/g)].map((match) => match[1]!.trim());
  return [...display, ...inline];
}

/**
 * KaTeX's stylesheet with each font pointing at one woff2 file chosen by `urlFor` (the subset made for the site),
 * dropping the woff and ttf fallbacks every current browser can do without.
 */
export function rewriteKatexFonts(css: string, urlFor: (font: string) => string): string {
  return css.replace(
    /src:url\(fonts\/(KaTeX_[A-Za-z0-9_-]+)\.woff2\) format\("woff2"\)(?:,url\([^)]*\) format\("[a-z]+"\))*/g,
    (_, font: string) => `src:url(${JSON.stringify(urlFor(font))}) format("woff2")`,
  );
}
