/**
 * The search engine the dialog and the search page share. It loads, once and on intent, Pagefind's client and
 * search-data.json, and for each query the name files its words need; runs a query plan (src/lib/query.ts) as
 * one Pagefind search per alternative of each concept; fuses the scores; and fetches the text of only the results
 * on screen, straight from Pagefind's fragment files.
 */
import {
  bestExcerpt,
  chooseBestBet,
  closestNames,
  facetCounts,
  fuseScores,
  kindOf,
  Lexicon,
  matchesFilters,
  nameShardsFor,
  pageId,
  pageNumber,
  planQuery,
  tokenize,
  type AlternativeScores,
  type Named,
  type QueryPlan,
  type SearchData,
  type SearchDoc,
  type Segment,
} from '../lib/query.ts';
import { pagefindHref, withBase } from '../lib/urls.ts';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { id: string; score: number }[] } | null>;
  preload(query: string): Promise<void>;
}

/** The facets shown as chips, in order. */
export const FACETS = ['kind', 'stage', 'year', 'chapter'] as const;

export interface Ranked {
  id: string;
  doc: SearchDoc;
  bestBet: boolean;
}

export interface SearchOutcome {
  plan: QueryPlan;
  /** Every match, best first, after filters. */
  ranked: Ranked[];
  /** Counts per facet value over the matches before filtering. */
  facets: Record<string, [string, number][]>;
  /** When nothing matched: the names closest to the query. */
  suggestions: Named[];
}

/** What a result shows, read from its fragment. */
export interface ResultView {
  url: string;
  title: string;
  kind: string;
  /** "Chapter 3: …" for a chapter section. */
  context?: string;
  excerpt: Segment[];
  subResults: { title: string; url: string }[];
  bestBet: boolean;
}

interface Fragment {
  content: string;
  anchors?: { element: string; id: string; text: string; location: number }[];
}

const SIGNATURE_LENGTH = 'pagefind_dcd'.length;

let engine:
  Promise<{ pagefind: PagefindModule; data: SearchData; lexicon: Lexicon; idOf: Map<string, string> }> | undefined;

/** Pagefind and the search data, loaded and initialised on first call. */
export function loadEngine() {
  engine ??= (async () => {
    const [pagefind, data] = await Promise.all([
      (async () => {
        const module = (await import(/* @vite-ignore */ `${pagefindHref()}pagefind.js`)) as PagefindModule;
        // The index is small: searching on the main thread spares a first search the download of Pagefind's
        // worker (a second copy of its client).
        await module.options({ baseUrl: withBase('/'), noWorker: true });
        await module.init();
        return module;
      })(),
      fetch(withBase('/search-data.json')).then((response) => response.json() as Promise<SearchData>),
    ]);
    const idOf = new Map(data.docs.map((doc, index) => [doc.url, pageId(data.ids, index)]));
    return { pagefind, data, lexicon: new Lexicon(data), idOf };
  })();
  return engine;
}

const nameFiles = new Map<number, Promise<void>>();

/**
 * Loads the name files the words need (nameShardsFor) into the lexicon, each once. Resolves to whether any was
 * new, that is whether a plan made before may now find more names.
 */
async function loadNames(words: readonly string[]): Promise<boolean> {
  const { data, lexicon } = await loadEngine();
  const wanted = nameShardsFor(words, data.nameShards).filter((file) => !nameFiles.has(file));
  for (const file of wanted)
    nameFiles.set(
      file,
      fetch(withBase(`/search-names/${file}.json`))
        .then((response) => response.json() as Promise<Named[]>)
        .then((named) => lexicon.addNamed(named)),
    );
  await Promise.all([...nameFiles.values()]);
  return wanted.length > 0;
}

let suggestions: Promise<Named[]> | undefined;

/** The names "did you mean" chooses from, fetched once, when a query first matches nothing. */
function loadSuggestions(): Promise<Named[]> {
  suggestions ??= fetch(withBase('/search-suggest.json')).then((response) => response.json() as Promise<Named[]>);
  return suggestions;
}

let rare: Promise<string> | undefined;

/** The words of one record each (search-rare.txt), fetched once, and only for a query that needs them. */
function loadRare(): Promise<string> {
  rare ??= fetch(withBase('/search-rare.txt')).then((response) => response.text());
  return rare;
}

/** Runs a query: plan, one Pagefind search per alternative, fusion, filters and facet counts. */
export async function runSearch(
  query: string,
  options: { filters?: Record<string, string[]>; correct?: boolean } = {},
): Promise<SearchOutcome> {
  const { pagefind, data, lexicon, idOf } = await loadEngine();
  const typed = tokenize(query);
  await loadNames(typed);
  // A word the vocabulary does not know may be a rare word of the site rather than a typo: load those first.
  if (typed.some((word) => !lexicon.knows(word))) lexicon.addRare(await loadRare());
  const correct = options.correct ?? true;
  let plan = planQuery(query, lexicon, { correct });
  // A corrected word may start a name whose file the words as typed did not need.
  if (plan.corrected && (await loadNames(tokenize(plan.corrected)))) plan = planQuery(query, lexicon, { correct });
  // One preload fetches the index files of every word at once; the searches then run one after another on
  // what is loaded. Concurrent searches would each wait on the others' files, and took twice as long.
  const alternatives = plan.concepts.flatMap((concept) => concept.alternatives);
  if (alternatives.length > 1) await pagefind.preload(alternatives.join(' '));
  const scores: AlternativeScores[][] = [];
  for (const concept of plan.concepts) {
    const perAlternative: AlternativeScores[] = [];
    for (const alternative of concept.alternatives) {
      const response = await pagefind.search(alternative);
      perAlternative.push(new Map((response?.results ?? []).map((result) => [result.id, result.score])));
    }
    scores.push(perAlternative);
  }
  let ids = fuseScores(plan.concepts, scores).map(([id]) => id);
  const bet = chooseBestBet(plan, scores, (url) => idOf.get(url));
  const betId = bet ? idOf.get(bet.url) : undefined;
  if (betId) ids = [betId, ...ids.filter((id) => id !== betId)];
  const all: Ranked[] = ids.flatMap((id) => {
    const index = pageNumber(data.ids, id);
    const doc = index === undefined ? undefined : data.docs[index];
    return doc ? [{ id, doc, bestBet: id === betId }] : [];
  });
  const filters = options.filters ?? {};
  const filtered = all.filter((item) => matchesFilters(item.doc, filters));
  return {
    plan,
    ranked: filtered,
    facets: facetCounts(
      all.map((item) => item.doc),
      FACETS,
    ),
    suggestions: all.length === 0 ? closestNames(query, await loadSuggestions()) : [],
  };
}

const fragments = new Map<string, Promise<Fragment>>();

/** A record's text and headings, from Pagefind's gzipped fragment file. */
function loadFragment(id: string): Promise<Fragment> {
  let fragment = fragments.get(id);
  if (!fragment) {
    fragment = (async () => {
      const response = await fetch(`${pagefindHref()}fragment/${id}.pf_fragment`);
      const stream = response.body!.pipeThrough(new DecompressionStream('gzip'));
      const text = await new Response(stream).text();
      return JSON.parse(text.slice(SIGNATURE_LENGTH)) as Fragment;
    })();
    fragments.set(id, fragment);
  }
  return fragment;
}

/** A section heading is worth a link when it names a query word, or (in a chapter) its text matches. */
function subResults(doc: SearchDoc, fragment: Fragment, terms: readonly string[]): ResultView['subResults'] {
  const anchors = (fragment.anchors ?? []).filter((anchor) => /^h[2-4]$/.test(anchor.element));
  const words = fragment.content.split(/\s+/);
  const path = doc.url.split('#')[0]!;
  const inChapter = kindOf(doc).startsWith('Chapter');
  const picked = anchors.filter((anchor, index) => {
    const headingHit = tokenize(anchor.text).some((word) => terms.includes(word));
    if (headingHit) return true;
    if (!inChapter) return false;
    const end = anchors[index + 1]?.location ?? words.length;
    return words.slice(anchor.location, end).some((word) => tokenize(word).some((part) => terms.includes(part)));
  });
  return picked.slice(0, 3).map((anchor) => ({ title: anchor.text, url: `${path}#${anchor.id}` }));
}

/** What a result shows at once, from the search data alone: title, type and chapter. */
export function quickView(item: Ranked): ResultView {
  const chapter = item.doc.filters['chapter']?.[0];
  const kind = kindOf(item.doc);
  return {
    url: item.doc.url,
    title: item.doc.title,
    kind,
    ...(kind === 'Chapter section' && chapter ? { context: chapter } : {}),
    excerpt: [],
    subResults: [],
    bestBet: item.bestBet,
  };
}

/** The excerpt where the words occur and the matching sections, read from the result's fragment. */
export async function detailView(item: Ranked, plan: QueryPlan): Promise<ResultView> {
  const fragment = await loadFragment(item.id);
  // The fragment's text opens with the record's title; the excerpt is chosen from what follows it.
  const titleWords = item.doc.title.split(/\s+/).length;
  const body = fragment.content.split(/\s+/).slice(titleWords).join(' ');
  return {
    ...quickView(item),
    excerpt: bestExcerpt(body, plan.highlight, 28),
    subResults: subResults(item.doc, fragment, plan.highlight),
  };
}
