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

/** An @font-face rule for a subset file, keeping the face's unicode-range so browsers fetch it only if needed. */
export function fontFaceRule(face: FontFace, weight: string, url: string): string {
  const range = face.ranges
    .map(
      ([first, last]) =>
        `U+${first.toString(16).toUpperCase()}${last === first ? '' : `-${last.toString(16).toUpperCase()}`}`,
    )
    .join(',');
  return `@font-face{font-family:'${face.family}';font-style:${face.style};font-display:swap;font-weight:${weight};src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${range}}`;
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
