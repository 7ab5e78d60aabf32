/**
 * The one place that builds the site's URLs. Every link honours the configured base path, so the site works
 * under a sub-path (a project page on a static host) as well as at the root.
 */

/** The route names that have a fixed page; used by navigation and the link checker. */
export type StaticRoute =
  | 'home'
  | 'chapters'
  | 'methods'
  | 'references'
  | 'glossary'
  | 'search'
  | 'timeline'
  | 'paths'
  | 'map'
  | 'compare'
  | 'offline';

const STATIC_PATHS: Record<StaticRoute, string> = {
  home: '/',
  chapters: '/chapters/',
  methods: '/methods/',
  references: '/references/',
  glossary: '/glossary/',
  search: '/search/',
  timeline: '/timeline/',
  paths: '/paths/',
  map: '/map/',
  compare: '/compare/',
  offline: '/offline/',
};

/** The configured base path, always ending in "/". Falls back to "/" outside Vite (unit tests). */
function configuredBase(): string {
  const base = import.meta.env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** Prefixes a site path ("/methods/grpo/") with the base path ("/atlas/methods/grpo/"). */
export function withBase(sitePath: string, base: string = configuredBase()): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  return normalisedBase + sitePath.replace(/^\//, '');
}

/** Removes the base path from a URL pathname; the inverse of withBase. */
export function stripBase(pathname: string, base: string = configuredBase()): string {
  const normalisedBase = base.endsWith('/') ? base : `${base}/`;
  if (pathname.startsWith(normalisedBase)) return `/${pathname.slice(normalisedBase.length)}`;
  if (`${pathname}/` === normalisedBase) return '/';
  return pathname;
}

/** The configured site origin ("https://example.org"), from astro.config.mjs; a placeholder outside Vite. */
function configuredSite(): string {
  return (import.meta.env?.SITE ?? 'https://reasoning-atlas.example.org').replace(/\/$/, '');
}

/**
 * Absolute URL of a site path ("/methods/grpo/" -> "https://example.org/atlas/methods/grpo/"), for what leaves
 * the site: canonical links, sharing cards, citations, the sitemap and the feed.
 */
export function absoluteUrl(
  sitePath: string,
  site: string = configuredSite(),
  base: string = configuredBase(),
): string {
  return `${site.replace(/\/$/, '')}${withBase(sitePath, base)}`;
}

/** Site path of the sharing card (Open Graph image) of a page: one per chapter and entry, one for the rest. */
export function socialCardPath(sitePath?: string): string {
  const match = sitePath === undefined ? null : /^\/(chapters|methods)\/([^/]+)\/$/.exec(sitePath);
  return match ? `/cards/${match[1]}/${match[2]}.png` : '/cards/site.png';
}

/** Site path of a fixed page. */
export function staticPath(route: StaticRoute): string {
  return STATIC_PATHS[route];
}

/** Site path of a chapter. */
export function chapterPath(slug: string): string {
  return `/chapters/${slug}/`;
}

/** Site path of a catalogue entry. */
export function methodPath(slug: string): string {
  return `/methods/${slug}/`;
}

/** Site path of a page of the catalogue: the first is /methods/ itself, the rest /methods/page/2/ and on. */
export function cataloguePagePath(page: number): string {
  return page <= 1 ? STATIC_PATHS.methods : `${STATIC_PATHS.methods}page/${page}/`;
}

/** Anchor id of a bibliography entry on /references/. */
export function referenceAnchor(key: string): string {
  return key;
}

/** Anchor id of a glossary term on /glossary/. */
export function termAnchor(id: string): string {
  return id;
}

/** Link to a fixed page. */
export function routeHref(route: StaticRoute): string {
  return withBase(STATIC_PATHS[route]);
}

/** Site path of a reading path. */
export function readingPathPath(slug: string): string {
  return `/paths/${slug}/`;
}

/** Link to a reading path. */
export function readingPathHref(slug: string): string {
  return withBase(readingPathPath(slug));
}

/** Anchor id of a month on /timeline/ ("m-2024-09"). */
export function timelineAnchor(month: string): string {
  return `m-${month}`;
}

/** Link to a month of the timeline. */
export function timelineHref(month: string): string {
  return `${routeHref('timeline')}#${timelineAnchor(month)}`;
}

/** Anchor id of a stage on /map/ ("stage-test-time"). */
export function mapStageAnchor(stage: string): string {
  return `stage-${stage}`;
}

/** Link to a stage of the map. */
export function mapStageHref(stage: string): string {
  return `${routeHref('map')}#${mapStageAnchor(stage)}`;
}

/** Link to the comparison of entries, in the order given; without ids, the empty comparison. */
export function compareHref(ids: readonly string[] = []): string {
  const page = routeHref('compare');
  return ids.length > 0 ? `${page}?ids=${ids.map(encodeURIComponent).join(',')}` : page;
}

/** The ids and titles the comparison's picker offers. */
export function compareIndexHref(): string {
  return withBase(`${STATIC_PATHS.compare}entries.json`);
}

/** What the comparison shows of one entry. */
export function compareEntryHref(id: string): string {
  return withBase(`${STATIC_PATHS.compare}entry/${id}.json`);
}

/** Link to a chapter, optionally to a heading in it. */
export function chapterHref(slug: string, fragment?: string): string {
  return withBase(chapterPath(slug)) + (fragment ? `#${fragment}` : '');
}

/** Link to a catalogue entry. */
export function methodHref(slug: string): string {
  return withBase(methodPath(slug));
}

/** Link to a page of the catalogue. */
export function cataloguePageHref(page: number): string {
  return withBase(cataloguePagePath(page));
}

/** The catalogue's rows as data, which its filters load on first use. */
export function catalogueDataHref(): string {
  return withBase(`${STATIC_PATHS.methods}catalogue.json`);
}

/** Site path of a page of the bibliography: the first is /references/ itself, the rest /references/page/2/ and on. */
export function referencesPagePath(page: number): string {
  return page <= 1 ? STATIC_PATHS.references : `${STATIC_PATHS.references}page/${page}/`;
}

/** Link to a page of the bibliography. */
export function referencesPageHref(page: number): string {
  return withBase(referencesPagePath(page));
}

/** Site path of the whole bibliography as one BibTeX file. */
export function referencesBibPath(): string {
  return '/references.bib';
}

/** Link to the whole bibliography as one BibTeX file. */
export function referencesBibHref(): string {
  return withBase(referencesBibPath());
}

/** Every work's filter row as data, which the bibliography's filters load on first use. */
export function referencesDataHref(): string {
  return withBase(`${STATIC_PATHS.references}works.json`);
}

/** Link to a work on the page of the bibliography that lists it (`Atlas.referencePage`). */
export function referenceHref(key: string, page: number): string {
  return `${referencesPageHref(page)}#${referenceAnchor(key)}`;
}

/** Link to a term on the glossary page. */
export function termHref(id: string): string {
  return `${withBase(STATIC_PATHS.glossary)}#${termAnchor(id)}`;
}

/** Link to the search page, with the query in the URL when there is one. */
export function searchHref(query?: string): string {
  const page = withBase(STATIC_PATHS.search);
  return query ? `${page}?q=${encodeURIComponent(query)}` : page;
}

/** Folder where the build writes the Pagefind index and its client. */
export function pagefindHref(): string {
  return withBase('/pagefind/');
}

/** The service worker (src/integrations/service-worker.ts), at the root of the site so its scope is the site. */
export function serviceWorkerHref(): string {
  return withBase('/sw.js');
}

/** Absolute arXiv abstract page of an identifier. */
export function arxivHref(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
