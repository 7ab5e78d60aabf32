// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// ATLAS_BASE lets the tests build the site under a sub-path, as on a project page of a static host.
const base = process.env.ATLAS_BASE ?? '/';
// Fixture builds keep their content cache apart, so they never leave their content in the real site's cache.
const cacheDir = process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: 'https://reasoning-atlas.example.org',
  base,
  cacheDir,
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // Sätteri, Astro's default, ignores remark/rehype plugins; math needs the unified pipeline.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml', strict: 'error' }]],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
