// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeBaseLinks } from './src/lib/rehype-base-links.ts';
import { rehypeScrollable } from './src/lib/rehype-scrollable.ts';
import { subsetFonts } from './src/integrations/subset-fonts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { CONTENT_DIR } from './src/paths.ts';

// ATLAS_SITE and ATLAS_BASE say where the site is hosted (the deploy workflow sets them from GitHub Pages); the
// tests also build it under a sub-path, as on a project page of a static host.
const site = process.env.ATLAS_SITE ?? 'https://reasoning-atlas.example.org';
const base = process.env.ATLAS_BASE ?? '/';
// The sub-path build goes to its own folder so both builds can be served side by side in the tests.
const outDir = process.env.ATLAS_OUT_DIR ?? './dist';
// Fixture builds keep their content cache apart, so they never leave their content in the real site's cache.
const cacheDir = process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Astro 7 defaults to JSX whitespace rules, which drop the space between a line of text and a link that
  // follows on the next line; lossless compression keeps the spaces HTML needs.
  compressHTML: true,
  integrations: [
    mdx(),
    subsetFonts({ contentDir: CONTENT_DIR }),
    searchIndex(),
    // After the search index: the worker's build id covers every file the build wrote.
    serviceWorker(),
    securityHeaders(),
    // Pages worth finding: not the not-found page or the page shown when a page is not saved for offline reading.
    sitemap({ filter: (page) => !/\/(404|offline)(\.html|\/)?$/.test(new URL(page).pathname) }),
  ],
  markdown: {
    // Code blocks here are pseudo-code; Shiki's inline styles would also clash with the CSP.
    syntaxHighlight: false,
    // Sätteri, Astro's default, ignores remark/rehype plugins; math needs the unified pipeline.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }],
        [rehypeBaseLinks, { base }],
        rehypeScrollable,
      ],
    }),
  },
  security: {
    // Only this site's own scripts run: Astro adds a hash for each script it emits. Pagefind compiles its
    // WebAssembly at run time, hence 'wasm-unsafe-eval'. KaTeX positions glyphs with style attributes, so
    // styles keep 'unsafe-inline' (styles cannot run code).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  vite: {
    plugins: [tailwindcss()],
    // Small fonts would otherwise be inlined as data: URLs, which the CSP's font-src 'self' rightly refuses.
    build: { assetsInlineLimit: 0 },
  },
});
