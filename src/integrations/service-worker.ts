/**
 * Writes the service worker, `sw.js` at the root of the site (under the base path), when `astro build` is done, so
 * that pages a reader has opened and the search can be used offline. Workbox's generateSW writes it, with its
 * runtime bundled into the one file (nothing is loaded from elsewhere); src/lib/service-worker.ts holds the plan:
 * what is precached, how each kind of request is cached, and the cache names, which carry the build's id.
 *
 * Runs after the search index is written, so the build id covers the index too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { builtFiles } from './built-files.ts';
import {
  buildId,
  precacheUrl,
  runtimeCacheNames,
  runtimeCaching,
  shellFiles,
  staleCacheCleanup,
} from '../lib/service-worker.ts';

const WORKER = 'sw.js';
const HOME = 'index.html';
const OFFLINE = 'offline/index.html';

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const files = builtFiles(outDir).filter((file) => file !== WORKER);
        const build = buildId(files.map((file) => ({ path: file, bytes: readFileSync(path.join(outDir, file)) })));
        // The shell: the two pages and what draws them (the stylesheets and the preloaded text fonts). Scripts and
        // KaTeX's files join the runtime caches with the first page that loads them.
        const shell = [
          ...new Set(
            [HOME, OFFLINE].flatMap((page) => [
              page,
              ...shellFiles(readFileSync(path.join(outDir, page), 'utf8'), base),
            ]),
          ),
        ];
        const { count, size, warnings } = await generateSW({
          swDest: path.join(outDir, WORKER),
          globDirectory: outDir,
          globPatterns: shell,
          // Fingerprinted names change with their content; pages are revised by their content's hash.
          dontCacheBustURLsMatching: /^_astro\//,
          manifestTransforms: [
            (entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: precacheUrl(entry.url, base) })) }),
          ],
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          babelPresetEnvTargets: ['chrome >= 111', 'edge >= 111', 'firefox >= 111', 'safari >= 16.4'],
          cacheId: 'atlas',
          cleanupOutdatedCaches: true,
          // A new build's worker takes over at once: its precache is complete when it activates. A page open
          // when the first worker arrives stays outside it (it hands the worker its files instead), so none of
          // its requests changes hands half-way.
          skipWaiting: true,
          clientsClaim: false,
          runtimeCaching: runtimeCaching({ base, build, offlineUrl: precacheUrl(OFFLINE, base) }),
        });
        for (const warning of warnings) logger.warn(warning);
        const worker = path.join(outDir, WORKER);
        writeFileSync(
          worker,
          staleCacheCleanup(base, runtimeCacheNames(base, build), build) + readFileSync(worker, 'utf8'),
        );
        const gzip = shell.reduce((total, file) => {
          const bytes = readFileSync(path.join(outDir, file));
          // Fonts are compressed already; a server sends them as they are.
          return total + (file.endsWith('.woff2') ? bytes.length : gzipSync(bytes).length);
        }, 0);
        logger.info(
          `build ${build}: ${count} files precached, ${(size / 1024).toFixed(1)} kB (${(gzip / 1024).toFixed(1)} kB ` +
            `on the wire); ${WORKER} ${(gzipSync(readFileSync(worker)).length / 1024).toFixed(1)} kB gzip; ` +
            `${((performance.now() - start) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
