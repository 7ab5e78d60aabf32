/**
 * The search engine the dialog and the search page share. It loads, once and on intent, Pagefind's client and
 * search-data.json, and for each query the vocabulary and name files its words need; runs a query plan
 * (src/lib/query.ts) as one Pagefind search per alternative of each concept; fuses the scores; and fetches the
 * titles (docs files, unless a loaded name file has them) and text (Pagefind's fragment files, which also carry
 * the title) of only the results on screen.
 */
import {
  bestExcerpt,
  chooseBestBet,
  closestNames,
  decodeFacets,
  docsFileOf,
  facetCounts,
  fuseScores,
  highlightTerms,
  kindOf,
  Lexicon,
  matchesFilters,
  nameShardsFor,
  onceFilesFor,
  pageId,
  pageNumber,
  planQuery,
  tokenize,
  wordFilesFor,
  type AlternativeScores,
  type DocsFile,
  type Named,
  type PageFacts,
  type QueryPlan,
  type SearchData,
  type Segment,
  type OnceWords,
  type VocabularyWord,
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
  /** Its number among Pagefind's pages. */
  page: number;
  facts: PageFacts;
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
  url: string;
  meta: { title: string };
  content: string;
  anchors?: { element: string; id: string; text: string; location: number }[];
}

const SIGNATURE_LENGTH = 'pagefind_dcd'.length;

let engine: Promise<{ pagefind: PagefindModule; data: SearchData; lexicon: Lexicon; facts: PageFacts[] }> | undefined;

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
    return { pagefind, data, lexicon: new Lexicon(data), facts: decodeFacets(data.facets, data.pages) };
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

const wordFiles = new Map<string, Promise<void>>();

/**
 * Loads vocabulary files (see WordsFile) into the lexicon, each once: `part` is '' for the files of common words,
 * '-once' for those of words of one record.
 */
async function loadWords(files: readonly number[], part: '' | '-once'): Promise<void> {
  const { data, lexicon } = await loadEngine();
  const present = new Set(part === '' ? data.wordFiles : data.onceFiles);
  for (const file of files) {
    const name = `${file}${part}`;
    if (wordFiles.has(name) || !present.has(file)) continue;
    wordFiles.set(
      name,
      fetch(withBase(`/search-words/${name}.json`))
        .then((response) => response.json() as Promise<VocabularyWord[] | OnceWords>)
        .then((words) =>
          lexicon.addWords(
            part === ''
              ? { words: words as VocabularyWord[], once: [[], [], []] }
              : { words: [], once: words as OnceWords },
          ),
        ),
    );
  }
  await Promise.all([...wordFiles.values()]);
}

const docFiles = new Map<number, Promise<DocsFile>>();

/** The docs file `file` (addresses and titles of its pages), fetched once. */
function loadDocs(file: number): Promise<DocsFile> {
  let docs = docFiles.get(file);
  if (!docs) {
    docs = fetch(withBase(`/search-docs/${file}.json`)).then((response) => response.json() as Promise<DocsFile>);
    docFiles.set(file, docs);
  }
  return docs;
}

/** Runs a query: plan, one Pagefind search per alternative, fusion, filters and facet counts. */
export async function runSearch(
  query: string,
  options: { filters?: Record<string, string[]>; correct?: boolean } = {},
): Promise<SearchOutcome> {
  const { pagefind, data, lexicon, facts } = await loadEngine();
  const typed = tokenize(query);
  await Promise.all([loadNames(typed), loadWords(wordFilesFor(typed), '')]);
  const correct = options.correct ?? true;
  // A word still unknown may be a word of one record, or a typo: correction aims at the words of one record in a
  // name too, and tries the halves of a word glued to the next, whose files it needs.
  await Promise.all([
    loadWords(onceFilesFor(typed, lexicon), '-once'),
    correct ? loadWords(wordFilesFor(typed, lexicon), '') : undefined,
  ]);
  let plan = planQuery(query, lexicon, { correct });
  // A corrected word may start a name whose file the words as typed did not need.
  if (plan.corrected && (await loadNames(tokenize(plan.corrected)))) plan = planQuery(query, lexicon, { correct });
  // The other spellings of names may hold words of letters not loaded yet: their counts decide what is marked.
  const marking = loadWords(wordFilesFor(plan.terms), '').then(() => highlightTerms(plan.terms, lexicon));
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
  plan = { ...plan, highlight: await marking };
  let ids = fuseScores(plan.concepts, scores).map(([id]) => id);
  const bet = chooseBestBet(plan, scores, (named) => pageId(data.ids, named.page));
  const betId = bet ? pageId(data.ids, bet.page) : undefined;
  if (betId) ids = [betId, ...ids.filter((id) => id !== betId)];
  const all: Ranked[] = ids.flatMap((id) => {
    const page = pageNumber(data.ids, id);
    const pageFacts = page === undefined ? undefined : facts[page];
    return page !== undefined && pageFacts ? [{ id, page, facts: pageFacts, bestBet: id === betId }] : [];
  });
  const filters = options.filters ?? {};
  const filtered = all.filter((item) => matchesFilters(item.facts, filters));
  return {
    plan,
    ranked: filtered,
    facets: facetCounts(
      all.map((item) => item.facts),
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
function subResults(view: ResultView, fragment: Fragment, terms: readonly string[]): ResultView['subResults'] {
  const anchors = (fragment.anchors ?? []).filter((anchor) => /^h[2-4]$/.test(anchor.element));
  const words = fragment.content.split(/\s+/);
  const path = view.url.split('#')[0]!;
  const inChapter = view.kind.startsWith('Chapter');
  const picked = anchors.filter((anchor, index) => {
    const headingHit = tokenize(anchor.text).some((word) => terms.includes(word));
    if (headingHit) return true;
    if (!inChapter) return false;
    const end = anchors[index + 1]?.location ?? words.length;
    return words.slice(anchor.location, end).some((word) => tokenize(word).some((part) => terms.includes(part)));
  });
  return picked.slice(0, 3).map((anchor) => ({ title: anchor.text, url: `${path}#${anchor.id}` }));
}

/** A page's address and title: from the name files the query loaded if they hold it, or else its docs file. */
async function addressOf(page: number): Promise<[url: string, title: string]> {
  const { data, lexicon } = await loadEngine();
  const named = lexicon.byPage.get(page);
  if (named) return [named.url, named.title];
  const { file, index } = docsFileOf(page, data.docsPerFile);
  const doc = (await loadDocs(file))[index];
  if (!doc) throw new Error(`search: no page ${page} in search-docs/${file}.json`);
  return doc;
}

/** What a result shows before its text: title, type and chapter. */
function baseView(item: Ranked, url: string, title: string): ResultView {
  const chapter = item.facts.filters['chapter']?.[0];
  const kind = kindOf(item.facts);
  return {
    url,
    title,
    kind,
    ...(kind === 'Chapter section' && chapter ? { context: chapter } : {}),
    excerpt: [],
    subResults: [],
    bestBet: item.bestBet,
  };
}

/**
 * What results show at once: title, type and chapter, with each one's address and title (fetched for the results
 * asked for, each file once, unless a name file already brought them).
 */
export async function quickViews(items: readonly Ranked[]): Promise<ResultView[]> {
  return Promise.all(items.map(async (item) => baseView(item, ...(await addressOf(item.page)))));
}

/** The view with the excerpt where the words occur and the matching sections, from the result's fragment. */
function withText(quick: ResultView, fragment: Fragment, plan: QueryPlan): ResultView {
  // The fragment's text opens with the record's title; the excerpt is chosen from what follows it.
  const titleWords = quick.title.split(/\s+/).length;
  const body = fragment.content.split(/\s+/).slice(titleWords).join(' ');
  return {
    ...quick,
    excerpt: bestExcerpt(body, plan.highlight, 28),
    subResults: subResults(quick, fragment, plan.highlight),
  };
}

/** The excerpt where the words occur and the matching sections, read from the result's fragment. */
export async function detailView(item: Ranked, quick: ResultView, plan: QueryPlan): Promise<ResultView> {
  return withText(quick, await loadFragment(item.id), plan);
}

/**
 * A whole result from its fragment alone, title and address included: for a result whose text is fetched anyway
 * before it is shown, which then needs no docs file.
 */
export async function fragmentView(item: Ranked, plan: QueryPlan): Promise<ResultView> {
  const fragment = await loadFragment(item.id);
  return withText(baseView(item, fragment.url, fragment.meta.title), fragment, plan);
}
