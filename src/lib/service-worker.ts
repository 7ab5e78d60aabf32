/**
 * The service worker's plan, as data (src/integrations/service-worker.ts hands it to Workbox at build end): which
 * files make the precached shell, how each kind of request is cached, and the names of the caches, which carry an
 * id of the build so that a new build's worker drops the old ones when it takes over.
 */
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import type { RuntimeCaching } from 'workbox-build';

/** The caches filled as the reader goes: pages, the assets they load, the search index, and the data scripts fetch. */
export interface RuntimeCacheNames {
  pages: string;
  assets: string;
  search: string;
  data: string;
}

const normalise = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/**
 * An id of a build: a hash of every file it wrote (path and bytes), so it changes whenever any file does and stays
 * the same for a build that changed nothing.
 */
export function buildId(files: Iterable<{ path: string; bytes: Uint8Array }>): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const { path, bytes } of sorted) hash.update(path).update('\0').update(bytes).update('\0');
  return hash.digest('hex').slice(0, 10);
}

/**
 * What every runtime cache name of the site under `base` starts with. The base is part of it because sites at
 * different paths of one origin share the browser's cache storage, and one's worker must not drop the other's.
 */
export function runtimeCachePrefix(base: string): string {
  return `atlas:${normalise(base)}:`;
}

/** The runtime cache names of a build. */
export function runtimeCacheNames(base: string, build: string): RuntimeCacheNames {
  const prefix = runtimeCachePrefix(base);
  return {
    pages: `${prefix}pages:${build}`,
    assets: `${prefix}assets:${build}`,
    search: `${prefix}search:${build}`,
    data: `${prefix}data:${build}`,
  };
}

/** The worker's registration, a global of the worker's scope, where the matchers below run. */
declare const registration: { scope: string };

/**
 * Which requests each route takes, by the address within the worker's scope (the site's base path on this origin:
 * nothing from another site or outside the base path matches). Workbox writes each function's source into sw.js,
 * so each stands alone: nothing from this module is in reach when it runs.
 */
const MATCHERS = {
  // The site's addresses end in "/": any path whose last part has no dot.
  pages: ({ url }: { url: URL }) =>
    url.href.startsWith(registration.scope) &&
    /^(?:[^?#]*\/)?[^/?#.]*(?:[?#].*)?$/.test(url.href.slice(registration.scope.length)),
  assets: ({ url }: { url: URL }) =>
    url.href.startsWith(registration.scope) && url.href.slice(registration.scope.length).startsWith('_astro/'),
  search: ({ url }: { url: URL }) =>
    url.href.startsWith(registration.scope) &&
    /^(?:pagefind\/|search-[a-z]+(?:\.json|\/))/.test(url.href.slice(registration.scope.length)),
  data: ({ url }: { url: URL }) =>
    url.href.startsWith(registration.scope) &&
    /^(?:compare\/[^?#]*\.json|methods\/catalogue\.json)/.test(url.href.slice(registration.scope.length)),
};

/**
 * How the worker caches what it was not given at install, route by route (Workbox's `runtimeCaching`):
 * - pages network first, so a new build's pages win whenever the network answers; offline, the copy saved when the
 *   page was last opened, else the precached offline page (`offlineUrl`);
 * - the fingerprinted assets in `_astro/` cache first: a name never changes its content;
 * - the search index (Pagefind's files, search-data.json, search-suggest.json and the search-words, search-names
 *   and search-docs folders) and the JSON the comparison and the catalogue's filters fetch, cache first once
 *   fetched: the caches belong to one build, whose files never change.
 *
 * The query string is ignored when a saved copy is looked up: pages read theirs in the browser (`?q=`, `?ids=`,
 * `?highlight=`), and Pagefind asks for its entry file with a fresh `?ts=` each time. So is `Vary`: a server may
 * vary by `Origin`, which a module script or a font request carries and the page's own list of what it loaded
 * (src/scripts/register-worker.ts) does not.
 */
export function runtimeCaching(options: { base: string; build: string; offlineUrl: string }): RuntimeCaching[] {
  const { base, build, offlineUrl } = options;
  const names = runtimeCacheNames(base, build);
  const matchOptions = { ignoreSearch: true, ignoreVary: true };
  return [
    {
      urlPattern: MATCHERS.pages,
      handler: 'NetworkFirst',
      options: {
        cacheName: names.pages,
        matchOptions,
        // Only whole pages: never a not-found page or a redirect.
        cacheableResponse: { statuses: [200] },
        precacheFallback: { fallbackURL: offlineUrl },
      },
    },
    {
      urlPattern: MATCHERS.assets,
      handler: 'CacheFirst',
      options: { cacheName: names.assets, matchOptions: { ignoreVary: true } },
    },
    {
      urlPattern: MATCHERS.search,
      handler: 'CacheFirst',
      options: { cacheName: names.search, matchOptions },
    },
    {
      urlPattern: MATCHERS.data,
      handler: 'CacheFirst',
      options: { cacheName: names.data, matchOptions },
    },
  ];
}

/**
 * The worker's own addition to what Workbox generates: when it takes over, it deletes the runtime caches of the
 * site under `base` that are not `current`'s (those of earlier builds). Workbox's cleanupOutdatedCaches covers the
 * precache only. Returns the script, which starts with a comment naming the build.
 */
export function staleCacheCleanup(base: string, current: RuntimeCacheNames, build: string): string {
  const prefix = JSON.stringify(runtimeCachePrefix(base));
  const keep = JSON.stringify(Object.values(current));
  return (
    `/* Reasoning Atlas, build ${build} */\n` +
    `self.addEventListener('activate', (event) => {\n` +
    `  event.waitUntil(\n` +
    `    caches.keys().then((names) =>\n` +
    `      Promise.all(\n` +
    `        names\n` +
    `          .filter((name) => name.startsWith(${prefix}) && !${keep}.includes(name))\n` +
    `          .map((name) => caches.delete(name)),\n` +
    `      ),\n` +
    `    ),\n` +
    `  );\n` +
    `});\n`
  );
}

/**
 * The files a page needs to be drawn (its stylesheets, the fonts it preloads and its icon) as paths in the output folder
 * ("_astro/BaseLayout.x.css"), read from its HTML; `base` is the site's base path, which its links start with.
 */
export function shellFiles(html: string, base: string): string[] {
  const root = parse(html);
  const links = [
    ...root.querySelectorAll('link[rel="stylesheet"]'),
    ...root.querySelectorAll('link[rel="preload"][as="font"]'),
    ...root.querySelectorAll('link[rel="icon"]'),
  ].map((link) => link.getAttribute('href') ?? '');
  const prefix = normalise(base);
  return [...new Set(links.filter((href) => href.startsWith(prefix)).map((href) => href.slice(prefix.length)))];
}

/**
 * The URL the worker precaches a file of the output folder under, with the base path: a page by its address
 * ("offline/index.html" -> "/atlas/offline/", "index.html" -> "/atlas/"), as readers ask for it; any other file
 * by its path.
 */
export function precacheUrl(file: string, base: string): string {
  return normalise(base) + file.replace(/(^|\/)index\.html$/, '$1');
}
