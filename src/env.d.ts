declare namespace App {
  interface Locals {
    /** Counter for ids of preview cards, unique within one rendered page. */
    previewCount?: number;
  }
}

declare module 'subset-font' {
  /** Subsets a font (TTF, OTF, WOFF or WOFF2) to the glyphs needed for `text` (harfbuzzjs under the hood). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
      variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    },
  ): Promise<Buffer>;
}

declare module 'atlas:font-preloads' {
  /** URLs of the font files every page preloads (made by src/integrations/subset-fonts.ts). */
  const urls: string[];
  export default urls;
}

declare module 'atlas:math-font-preloads' {
  /** URLs of the KaTeX font files that pages with math preload (made by src/integrations/subset-fonts.ts). */
  const urls: string[];
  export default urls;
}
