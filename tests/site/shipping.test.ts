/**
 * What the built site offers beyond its pages: sitemap and robots, canonical and sharing meta, structured data,
 * the feed, the open data files (checked against their published schemas), llms.txt and the web manifest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { glossaryFile, methodsFile } from '../../src/lib/open-data.ts';
import { socialCardPath } from '../../src/lib/urls.ts';
import { readSite } from '../support/site.ts';

const dist = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist');
const content = path.resolve(import.meta.dirname, '../../content');
const pages = readSite(dist);
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });
/** The site origin the build used, read from the home page's canonical link. */
const home = parse(pages.find((page) => page.path === '/')!.html);
const origin = home.querySelector('link[rel="canonical"]')!.getAttribute('href')!.replace(/\/$/, '');
const entryIds = readdirSync(path.join(content, 'methods')).map((file) => file.replace(/\.mdx$/, ''));
const chapterIds = readdirSync(path.join(content, 'chapters')).map((file) => file.replace(/\.mdx$/, ''));

test('the sitemap lists every page but the not-found page, by absolute URL; robots.txt points to it', () => {
  const index = xml.parse(read('sitemap-index.xml'));
  const sitemaps = [index.sitemapindex.sitemap].flat().map((item: { loc: string }) => item.loc);
  const listed = sitemaps.flatMap((loc: string) =>
    [xml.parse(read(new URL(loc).pathname.slice(1))).urlset.url].flat().map((url: { loc: string }) => url.loc),
  );
  const expected = pages
    .map((page) => page.path)
    .filter((sitePath) => !/^\/(404\.html|offline\/)$/.test(sitePath))
    .map((sitePath) => `${origin}${sitePath}`);
  assert.deepEqual([...listed].sort(), expected.sort());
  assert.match(read('robots.txt'), new RegExp(`^Sitemap: ${origin}/sitemap-index\\.xml$`, 'm'));
});

test('every page has its canonical URL and sharing meta with its own title, description and card', () => {
  for (const page of pages.filter((candidate) => candidate.path !== '/404.html')) {
    const head = parse(page.html).querySelector('head')!;
    const meta = (selector: string) => head.querySelector(selector)?.getAttribute('content');
    assert.equal(head.querySelector('link[rel="canonical"]')?.getAttribute('href'), `${origin}${page.path}`, page.path);
    const title = meta('meta[property="og:title"]');
    assert.ok(title && head.querySelector('title')!.text.startsWith(title), `${page.path}: og:title is the page's`);
    assert.equal(meta('meta[property="og:description"]'), meta('meta[name="description"]'), page.path);
    assert.equal(meta('meta[name="twitter:card"]'), 'summary_large_image', page.path);
    assert.equal(meta('meta[property="og:image"]'), `${origin}${socialCardPath(page.path)}`, page.path);
    assert.equal(meta('meta[name="twitter:image"]'), meta('meta[property="og:image"]'), page.path);
  }
});

/** The JSON-LD objects of a page, parsed. */
const jsonLd = (sitePath: string) =>
  parse(pages.find((page) => page.path === sitePath)!.html)
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => [JSON.parse(script.text)].flat() as Record<string, unknown>[]);

test('structured data: the survey with its authors, chapters and entries as articles, the glossary as a term set', () => {
  const [site, survey] = jsonLd('/');
  assert.equal(site!['@type'], 'WebSite');
  assert.equal(survey!['@type'], 'ScholarlyArticle');
  assert.equal(survey!['identifier'], 'arXiv:2501.09686');
  const authors = survey!['author'] as { name: string }[];
  assert.ok(authors.length >= 10 && authors[0]!.name.includes('Xu'), 'the survey lists its authors in order');
  for (const id of chapterIds) {
    const [article] = jsonLd(`/chapters/${id}/`);
    assert.equal(article!['@type'], 'Article', id);
    assert.equal(article!['url'], `${origin}/chapters/${id}/`);
    assert.equal((article!['about'] as Record<string, unknown>)['@type'], 'ScholarlyArticle');
  }
  const [grpo] = jsonLd('/methods/grpo/');
  assert.equal(grpo!['@type'], 'Article');
  assert.equal((grpo!['about'] as Record<string, unknown>)['identifier'], 'arXiv:2402.03300');
  const [glossary] = jsonLd('/glossary/');
  assert.equal(glossary!['@type'], 'DefinedTermSet');
  const terms = glossary!['hasDefinedTerm'] as { name: string; url: string }[];
  assert.equal(
    terms.length,
    parse(pages.find((page) => page.path === '/glossary/')!.html).querySelectorAll('dt').length,
  );
  assert.ok(terms.every((term) => term.url.startsWith(`${origin}/glossary/#`)));
});

test('the feed lists every chapter and entry, newest first, with absolute links and valid dates', () => {
  const channel = xml.parse(read('feed.xml')).rss.channel;
  const items = [channel.item].flat() as { link: string; pubDate: string; title: string }[];
  assert.equal(items.length, entryIds.length + chapterIds.length);
  const dates = items.map((item) => Date.parse(item.pubDate));
  assert.ok(dates.every((date) => !Number.isNaN(date)));
  assert.deepEqual(
    dates,
    [...dates].sort((a, b) => b - a),
    'newest first',
  );
  assert.ok(items.some((item) => item.link === `${origin}/methods/grpo/`));
  assert.ok(items.every((item) => item.link.startsWith(`${origin}/`)));
  const homeLinks = home.querySelectorAll('[data-recent] a').map((link) => link.getAttribute('href'));
  assert.deepEqual(
    homeLinks,
    items.slice(0, homeLinks.length).map((item) => new URL(item.link).pathname),
    'the home page lists the newest pages of the feed',
  );
});

test('methods.json and glossary.json follow their published schemas and hold every entry and term', () => {
  const methods = methodsFile.parse(JSON.parse(read('methods.json')));
  assert.deepEqual(methods.entries.map((entry) => entry.id).sort(), [...entryIds].sort());
  assert.equal(methods.count, entryIds.length);
  const grpo = methods.entries.find((entry) => entry.id === 'grpo')!;
  assert.equal(grpo.url, `${origin}/methods/grpo/`);
  assert.equal(grpo.paper?.arxiv, '2402.03300');
  assert.match(grpo.keyEquation ?? '', /\\operatorname|mean|\\frac/);
  const schema = JSON.parse(read('methods.schema.json'));
  assert.equal(schema.properties.version.const, 1);
  assert.ok(schema.properties.entries.items.required.includes('needs'));
  const glossary = glossaryFile.parse(JSON.parse(read('glossary.json')));
  assert.equal(glossary.count, glossary.terms.length);
  assert.ok(glossary.terms.length > 50);
});

test('llms.txt links every chapter and entry; llms-full.txt holds their text without markup', () => {
  const summary = read('llms.txt');
  for (const id of entryIds) assert.ok(summary.includes(`(${origin}/methods/${id}/)`), id);
  for (const id of chapterIds) assert.ok(summary.includes(`(${origin}/chapters/${id}/)`), id);
  const full = read('llms-full.txt');
  assert.doesNotMatch(full, /<(M|Term|Cite|Equation|Figure|Results|Callout)\b/);
  assert.match(full, /^# Group Relative Policy Optimization \(GRPO\)$/m);
  assert.match(full, /\(Shao et al\., 2024\)/);
});

test('the web manifest names the site and its icons under the base path', () => {
  const manifest = JSON.parse(read('manifest.webmanifest'));
  assert.equal(manifest.name, 'Reasoning Atlas');
  assert.ok(manifest.icons.some((icon: { sizes: string }) => icon.sizes === '512x512'));
  const base = new URL(`${origin}/`).pathname;
  assert.ok(manifest.start_url.startsWith(base.replace(/\/?$/, '/')) || manifest.start_url === '/');
});

test('_headers sends a policy that allows every script each page allows, cannot be framed, caches only hashed assets', () => {
  const headers = read('_headers');
  const header = /Content-Security-Policy: (.*)$/m.exec(headers)![1]!;
  assert.match(header, /frame-ancestors 'none'/);
  for (const page of pages) {
    const meta = parse(page.html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    assert.ok(meta, `${page.path} carries its policy`);
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) assert.ok(header.includes(hash), `${page.path}: ${hash}`);
  }
  assert.deepEqual(headers.match(/^\S+(?=\n {2}Cache-Control)/gm), [`${new URL(`${origin}/`).pathname}_astro/*`]);
});
