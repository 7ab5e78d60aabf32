import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildId,
  precacheUrl,
  runtimeCacheNames,
  runtimeCachePrefix,
  runtimeCaching,
  shellFiles,
  staleCacheCleanup,
} from '../../src/lib/service-worker.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

test('a build id follows the files written, whatever order they are listed in', () => {
  const files = [
    { path: 'index.html', bytes: bytes('<h1>Atlas</h1>') },
    { path: 'search-data.json', bytes: bytes('{}') },
  ];
  const id = buildId(files);
  assert.match(id, /^[0-9a-f]{10}$/);
  assert.equal(buildId([...files].reverse()), id);
  assert.notEqual(buildId([files[0]!, { path: 'search-data.json', bytes: bytes('{"n":1}') }]), id);
  // A file moved is a different build, though its bytes are the same.
  assert.notEqual(buildId([files[0]!, { path: 'search-data2.json', bytes: bytes('{}') }]), id);
});

test('runtime cache names carry the base path and the build id', () => {
  assert.deepEqual(runtimeCacheNames('/atlas/', 'abc123'), {
    pages: 'atlas:/atlas/:pages:abc123',
    assets: 'atlas:/atlas/:assets:abc123',
    search: 'atlas:/atlas/:search:abc123',
    data: 'atlas:/atlas/:data:abc123',
  });
  assert.equal(runtimeCachePrefix('/atlas'), 'atlas:/atlas/:');
  // The site at the root does not claim the caches of a site under a sub-path of the same origin.
  assert.ok(!runtimeCacheNames('/atlas/', 'x').pages.startsWith(runtimeCachePrefix('/')));
});

const origin = 'http://127.0.0.1:4329';

/**
 * The cache a request for `url` lands in, with the worker at `base` on `origin`: the first route whose matcher
 * takes it, as in Workbox's router. Each matcher is rebuilt from its source text alone, as sw.js holds it.
 */
function cacheFor(url: string, base: string): string | undefined {
  const routes = runtimeCaching({ base, build: 'b1', offlineUrl: `${base}offline/` });
  const registration = { scope: `${origin}${base}` };
  const route = routes.find((each) => {
    const match = new Function('registration', `return (${String(each.urlPattern)});`)(registration) as (context: {
      url: URL;
    }) => boolean;
    return match({ url: new URL(url) });
  });
  return route?.options?.cacheName ?? undefined;
}

for (const base of ['/', '/atlas/']) {
  test(`each kind of request goes to its cache, under ${base}`, () => {
    const names = runtimeCacheNames(base, 'b1');
    const expected: [string, string | undefined][] = [
      ['', names.pages],
      ['chapters/introduction/', names.pages],
      ['methods/grpo/?highlight=advantage', names.pages],
      ['search/?q=tree.search', names.pages],
      ['compare/?ids=ppo,grpo', names.pages],
      ['_astro/BaseLayout.x1.css', names.assets],
      ['_astro/search-engine.x2.js', names.assets],
      ['pagefind/pagefind.js', names.search],
      ['pagefind/pagefind-entry.json?ts=1700000000000', names.search],
      ['pagefind/fragment/en_3-abc.pf_fragment', names.search],
      ['search-data.json', names.search],
      ['search-suggest.json', names.search],
      ['search-words/r.json', names.search],
      ['search-names/12.json', names.search],
      ['search-docs/0.json', names.search],
      ['compare/entries.json', names.data],
      ['compare/entry/grpo.json', names.data],
      ['methods/catalogue.json', names.data],
      // Left to the network: the worker itself and files the pages do not fetch.
      ['sw.js', undefined],
      ['feed.xml', undefined],
      ['404.html', undefined],
    ];
    for (const [sitePath, cache] of expected)
      assert.equal(cacheFor(`${origin}${base}${sitePath}`, base), cache, sitePath);
  });
}

test('nothing from another site or outside the base path is cached', () => {
  assert.equal(cacheFor('https://arxiv.org/abs/2402.03300/', '/'), undefined);
  assert.equal(cacheFor('https://example.org/_astro/BaseLayout.x1.css', '/'), undefined);
  assert.equal(cacheFor(`${origin}/chapters/introduction/`, '/atlas/'), undefined);
  assert.equal(cacheFor(`${origin}/pagefind/pagefind.js`, '/atlas/'), undefined);
});

test('pages are fetched first and fall back to the saved copy, then the offline page; the rest is cached first', () => {
  const [pages, ...rest] = runtimeCaching({ base: '/atlas/', build: 'b1', offlineUrl: '/atlas/offline/' });
  assert.equal(pages!.handler, 'NetworkFirst');
  assert.deepEqual(pages!.options?.precacheFallback, { fallbackURL: '/atlas/offline/' });
  assert.deepEqual(pages!.options?.cacheableResponse, { statuses: [200] });
  assert.deepEqual(pages!.options?.matchOptions, { ignoreSearch: true, ignoreVary: true });
  assert.deepEqual(
    rest.map((route) => route.handler),
    ['CacheFirst', 'CacheFirst', 'CacheFirst'],
  );
});

/** Runs the cleanup script against a fake cache storage holding `names`; returns the names left. */
async function afterActivation(script: string, names: string[]): Promise<string[]> {
  type Listener = (event: { waitUntil(promise: Promise<unknown>): void }) => void;
  const stored = new Set(names);
  const listeners = new Map<string, Listener>();
  const self = { addEventListener: (type: string, listener: Listener) => listeners.set(type, listener) };
  const caches = {
    keys: async () => [...stored],
    delete: async (name: string) => stored.delete(name),
  };
  new Function('self', 'caches', script)(self, caches);
  let work: Promise<unknown> = Promise.resolve();
  listeners.get('activate')!({ waitUntil: (promise) => (work = promise) });
  await work;
  return [...stored];
}

test("a new build's worker deletes the runtime caches of earlier builds when it takes over, and nothing else", async () => {
  const current = runtimeCacheNames('/', 'new1');
  const script = staleCacheCleanup('/', current, 'new1');
  assert.match(script, /^\/\* Reasoning Atlas, build new1 \*\//);
  const left = await afterActivation(script, [
    'atlas:/:pages:old1',
    'atlas:/:search:old1',
    current.pages,
    current.search,
    // Workbox's precache (cleaned by Workbox itself) and a sub-path site's caches are not this worker's.
    'atlas-precache-v2-http://127.0.0.1/',
    'atlas:/atlas/:pages:old1',
    'someone-else',
  ]);
  assert.deepEqual(left, [
    current.pages,
    current.search,
    'atlas-precache-v2-http://127.0.0.1/',
    'atlas:/atlas/:pages:old1',
    'someone-else',
  ]);
});

test('the shell of a page is its stylesheets, preloaded fonts and icon, as files of the output folder', () => {
  const html =
    '<head><link rel="preload" href="/atlas/_astro/serif.a1.woff2" as="font" type="font/woff2" crossorigin>' +
    '<link rel="stylesheet" href="/atlas/_astro/BaseLayout.b2.css"><link rel="icon" href="/atlas/favicon.svg">' +
    '<link rel="stylesheet" href="/atlas/_astro/BaseLayout.b2.css">' +
    '<link rel="canonical" href="https://example.org/atlas/"><script type="module" src="/atlas/_astro/a.js"></script>' +
    '</head>';
  assert.deepEqual(shellFiles(html, '/atlas/'), ['_astro/BaseLayout.b2.css', '_astro/serif.a1.woff2', 'favicon.svg']);
  assert.deepEqual(shellFiles(html.replaceAll('/atlas/', '/'), '/'), [
    '_astro/BaseLayout.b2.css',
    '_astro/serif.a1.woff2',
    'favicon.svg',
  ]);
});

test('pages are precached under the address readers ask for, with the base path', () => {
  assert.equal(precacheUrl('index.html', '/'), '/');
  assert.equal(precacheUrl('offline/index.html', '/atlas/'), '/atlas/offline/');
  assert.equal(precacheUrl('_astro/BaseLayout.b2.css', '/atlas'), '/atlas/_astro/BaseLayout.b2.css');
});
