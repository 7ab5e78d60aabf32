import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  absoluteUrl,
  compareHref,
  mapStageHref,
  socialCardPath,
  catalogueDataHref,
  cataloguePageHref,
  cataloguePagePath,
  arxivHref,
  chapterHref,
  chapterPath,
  methodHref,
  referenceHref,
  referencesBibHref,
  referencesBibPath,
  referencesDataHref,
  referencesPageHref,
  referencesPagePath,
  routeHref,
  searchHref,
  staticPath,
  stripBase,
  termHref,
  withBase,
} from '../../src/lib/urls.ts';

test('builds root-relative links when the site lives at /', () => {
  assert.equal(routeHref('home'), '/');
  assert.equal(routeHref('methods'), '/methods/');
  assert.equal(chapterHref('introduction'), '/chapters/introduction/');
  assert.equal(chapterHref('introduction', 'scope'), '/chapters/introduction/#scope');
  assert.equal(methodHref('math-shepherd'), '/methods/math-shepherd/');
  assert.equal(referenceHref('wang2023selfconsistency', 1), '/references/#wang2023selfconsistency');
  assert.equal(termHref('prm'), '/glossary/#prm');
});

test('encodes the search query', () => {
  assert.equal(searchHref(), '/search/');
  assert.equal(searchHref('pass@k & <b>'), '/search/?q=pass%40k%20%26%20%3Cb%3E');
});

test('prefixes and strips a base path, with or without its trailing slash', () => {
  assert.equal(withBase('/methods/grpo/', '/atlas/'), '/atlas/methods/grpo/');
  assert.equal(withBase('/', '/atlas'), '/atlas/');
  assert.equal(stripBase('/atlas/methods/grpo/', '/atlas/'), '/methods/grpo/');
  assert.equal(stripBase('/atlas', '/atlas/'), '/');
  assert.equal(stripBase('/other/page/', '/atlas/'), '/other/page/');
});

test('site paths are the stable routes of the design', () => {
  assert.equal(staticPath('glossary'), '/glossary/');
  assert.equal(chapterPath('test-time-scaling'), '/chapters/test-time-scaling/');
  assert.equal(arxivHref('2501.09686'), 'https://arxiv.org/abs/2501.09686');
});

test("the catalogue's first page is /methods/, later ones /methods/page/N/, and its data sits beside it", () => {
  assert.equal(cataloguePagePath(1), '/methods/');
  assert.equal(cataloguePagePath(3), '/methods/page/3/');
  assert.equal(cataloguePageHref(2), '/methods/page/2/');
  assert.equal(catalogueDataHref(), '/methods/catalogue.json');
});

test('a work links to the page of the bibliography that lists it: /references/, then /references/page/N/', () => {
  assert.equal(referencesPagePath(1), '/references/');
  assert.equal(referencesPagePath(4), '/references/page/4/');
  assert.equal(referencesPageHref(2), '/references/page/2/');
  assert.equal(referenceHref('zhang2024rest', 3), '/references/page/3/#zhang2024rest');
});

test('the whole bibliography as BibTeX and its filter data have addresses of their own', () => {
  assert.equal(referencesBibPath(), '/references.bib');
  assert.equal(referencesBibHref(), '/references.bib');
  assert.equal(referencesDataHref(), '/references/works.json');
});

test('absolute URLs join the site origin, the base path and the page', () => {
  assert.equal(absoluteUrl('/methods/grpo/', 'https://example.org', '/'), 'https://example.org/methods/grpo/');
  assert.equal(
    absoluteUrl('/methods/grpo/', 'https://example.org/', '/atlas'),
    'https://example.org/atlas/methods/grpo/',
  );
  assert.equal(absoluteUrl('/', 'https://example.org', '/atlas/'), 'https://example.org/atlas/');
});

test('each chapter and entry has its own sharing card; other pages share the site card', () => {
  assert.equal(socialCardPath('/methods/grpo/'), '/cards/methods/grpo.png');
  assert.equal(socialCardPath('/chapters/introduction/'), '/cards/chapters/introduction.png');
  assert.equal(socialCardPath('/methods/'), '/cards/site.png');
  assert.equal(socialCardPath('/methods/page/2/'), '/cards/site.png');
  assert.equal(socialCardPath(), '/cards/site.png');
});

test('the map and the comparison have links of their own', () => {
  assert.equal(mapStageHref('test-time'), '/map/#stage-test-time');
  assert.equal(compareHref(), '/compare/');
  assert.equal(compareHref(['ppo', 'grpo']), '/compare/?ids=ppo,grpo');
});
