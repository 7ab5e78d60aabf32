/**
 * The only module that queries the content collections. It loads everything once, sorts it, checks the
 * cross-file rules (src/lib/validate.ts) and derives the connections pages show. Pages and components ask it
 * for data; they never call getCollection themselves.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_DIR } from '../paths.ts';
import { deriveConnections, deriveDiscussedIn, type Connection } from '../lib/lineage.ts';
import { referenceOrder, referencePageOf } from '../lib/bibliography.ts';
import { sortChapters } from '../lib/chapters.ts';
import { extractBodyRefs, numberInOrder } from '../lib/mdx-refs.ts';
import { citingChapters } from '../lib/reference-filter.ts';
import { monthOfArxiv, type ReportedResult } from '../lib/results.ts';
import { chapterPath, methodPath, readingPathPath, referenceHref, staticPath, type StaticRoute } from '../lib/urls.ts';
import { assertValidContent } from '../lib/validate.ts';
import { newestPages, type DatedPage } from '../lib/feed.ts';
import { kindLabel } from '../lib/vocabulary.ts';

export type Chapter = CollectionEntry<'chapters'>;
export type Method = CollectionEntry<'methods'>;
export type Reference = CollectionEntry<'references'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type ReadingPath = CollectionEntry<'paths'>;

/** A result on a benchmark, with the month its source first appeared (from the source's arXiv id), if known. */
export interface DatedReportedResult extends ReportedResult {
  month?: string | undefined;
}

/** Numbers a page gives its citations, figures and equations, in reading order. */
export interface PageNumbers {
  cites: Map<string, number>;
  figures: Map<string, number>;
  equations: Map<string, number>;
}

export interface Atlas {
  chapters: Chapter[];
  methods: Method[];
  references: Map<string, Reference>;
  /** Every work in the order /references/ lists it (`referenceOrder`). */
  referenceList: Reference[];
  /** Citation key -> the page of /references/ that lists the work, from 1. */
  referencePage: Map<string, number>;
  glossary: GlossaryTerm[];
  /** Reading paths, in their order. */
  readingPaths: ReadingPath[];
  methodsById: Map<string, Method>;
  chaptersById: Map<string, Chapter>;
  termsById: Map<string, GlossaryTerm>;
  /** Entry id -> ids of the chapters that discuss it, in reading order. */
  discussedIn: Map<string, string[]>;
  /** Entry id -> its relations, declared and reverse. */
  connections: Map<string, Connection[]>;
  /** Benchmark or dataset id -> ids of the entries whose results data report on it. */
  reportedBy: Map<string, string[]>;
  /** Benchmark or dataset id -> every result reported on it, with the reporting entry and the source's month. */
  resultsOn: Map<string, DatedReportedResult[]>;
  /** Site path of a chapter or entry page -> its numbering. */
  pageNumbers: Map<string, PageNumbers>;
}

const STATIC_ROUTES: StaticRoute[] = [
  'home',
  'chapters',
  'methods',
  'references',
  'glossary',
  'search',
  'timeline',
  'paths',
  'map',
  'compare',
  'offline',
];

function numbersOf(body: string): PageNumbers {
  const refs = extractBodyRefs(body);
  return {
    cites: numberInOrder(refs.cites),
    figures: numberInOrder(refs.figures),
    equations: numberInOrder(refs.equations),
  };
}

async function buildAtlas(): Promise<Atlas> {
  const published = ({ data }: { data: { draft: boolean } }) => !data.draft;
  const chapters = sortChapters(await getCollection('chapters', published));
  const methods = (await getCollection('methods', published)).sort((a, b) =>
    a.data.title.localeCompare(b.data.title, 'en', { sensitivity: 'base' }),
  );
  const referenceList = (await getCollection('references')).sort((a, b) => a.id.localeCompare(b.id));
  const glossary = (await getCollection('glossary')).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }),
  );
  const readingPaths = (await getCollection('paths')).sort((a, b) => a.data.order - b.data.order);

  const routes = new Set<string>([
    ...STATIC_ROUTES.map(staticPath),
    ...chapters.map((chapter) => chapterPath(chapter.id)),
    ...methods.map((method) => methodPath(method.id)),
    ...readingPaths.map((readingPath) => readingPathPath(readingPath.id)),
  ]);
  assertValidContent({
    chapters: chapters.map((chapter) => ({
      id: chapter.id,
      filePath: chapter.filePath ?? chapter.id,
      body: chapter.body ?? '',
      order: chapter.data.order,
      survey: chapter.data.survey,
      afterSurvey: chapter.data.afterSurvey,
      added: chapter.data.added,
      revised: chapter.data.revised,
    })),
    methods: methods.map((method) => ({
      id: method.id,
      filePath: method.filePath ?? method.id,
      body: method.body ?? '',
      names: [method.data.title, ...method.data.aliases],
      paper: method.data.paper,
      arxiv: method.data.arxiv,
      published: method.data.published,
      keyEquation: method.data.keyEquation,
      added: method.data.added,
      revised: method.data.revised,
      related: method.data.related.map((link) => ({ entry: link.entry.id })),
      kind: method.data.kind,
      results: method.data.results.map((result) => ({ benchmark: result.benchmark?.id, source: result.source })),
    })),
    referenceKeys: new Set(referenceList.map((reference) => reference.id)),
    referenceArxiv: new Map(
      referenceList.flatMap((reference) =>
        reference.data.arxiv ? [[reference.id, reference.data.arxiv] as const] : [],
      ),
    ),
    glossary: glossary.map((term) => ({ id: term.id, entry: term.data.entry?.id })),
    glossaryFile: path.join(CONTENT_DIR, 'glossary.yaml'),
    routes,
    thisMonth: new Date().toISOString().slice(0, 7),
    today: new Date().toISOString().slice(0, 10),
    paths: readingPaths.map((readingPath) => ({
      id: readingPath.id,
      filePath: readingPath.filePath ?? readingPath.id,
      order: readingPath.data.order,
      steps: readingPath.data.steps.map((step) => ({ entry: step.entry?.id, chapter: step.chapter?.id })),
    })),
  });

  const entryLinks = methods.map((method) => ({
    id: method.id,
    paper: method.data.paper,
    tables: surveyTablesOf(method),
    related: method.data.related.map((link) => ({ entry: link.entry.id, relation: link.relation })),
  }));
  const chapterBodies = chapters.map((chapter) => ({ id: chapter.id, body: chapter.body ?? '' }));
  const pageNumbers = new Map<string, PageNumbers>([
    ...chapters.map((chapter) => [chapterPath(chapter.id), numbersOf(chapter.body ?? '')] as const),
    ...methods.map((method) => [methodPath(method.id), numbersOf(method.body ?? '')] as const),
  ]);

  const references = new Map(referenceList.map((reference) => [reference.id, reference]));
  const resultsOn = deriveResultsOn(methods, (key) => references.get(key));
  const orderedReferences = referenceOrder(referenceList);
  return {
    reportedBy: deriveReportedBy(methods, resultsOn),
    resultsOn,
    chapters,
    methods,
    references,
    referenceList: orderedReferences,
    referencePage: referencePageOf(orderedReferences.map((reference) => reference.id)),
    glossary,
    readingPaths,
    methodsById: new Map(methods.map((method) => [method.id, method])),
    chaptersById: new Map(chapters.map((chapter) => [chapter.id, chapter])),
    termsById: new Map(glossary.map((term) => [term.id, term])),
    discussedIn: deriveDiscussedIn(chapterBodies, entryLinks),
    connections: deriveConnections(entryLinks),
    pageNumbers,
  };
}

/** Every entry's results, gathered by the benchmark they are on. */
function deriveResultsOn(
  methods: Method[],
  referenceOf: (key: string) => Reference | undefined,
): Map<string, DatedReportedResult[]> {
  const resultsOn = new Map<string, DatedReportedResult[]>();
  for (const method of methods) {
    for (const result of method.data.results) {
      if (!result.benchmark) continue;
      const arxiv = referenceOf(result.source.key)?.data.arxiv;
      const list = resultsOn.get(result.benchmark.id) ?? [];
      list.push({
        ...result,
        benchmark: result.benchmark.id,
        entry: method.id,
        month: arxiv ? monthOfArxiv(arxiv) : undefined,
      });
      resultsOn.set(result.benchmark.id, list);
    }
  }
  return resultsOn;
}

/** Benchmark -> the entries whose results are on it (the benchmark's own page excepted), in catalogue order. */
function deriveReportedBy(methods: Method[], resultsOn: Map<string, DatedReportedResult[]>): Map<string, string[]> {
  const order = new Map(methods.map((method, index) => [method.id, index]));
  return new Map(
    [...resultsOn].map(([benchmark, results]) => [
      benchmark,
      [...new Set(results.map((result) => result.entry))]
        .filter((id) => id !== benchmark)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    ]),
  );
}

/** The names of the survey tables an entry has a row in. */
function surveyTablesOf(method: Method): string[] {
  const tables = method.data.surveyTables ?? {};
  return [
    ...(tables.dataConstruction ? ['data-construction'] : []),
    ...(tables.openSource ? ['open-source'] : []),
    ...(tables.trainingFree ? ['training-free'] : []),
  ];
}

let atlas: Promise<Atlas> | undefined;

/** The whole site's content, loaded and checked once per build. */
export function loadAtlas(): Promise<Atlas> {
  atlas ??= buildAtlas();
  return atlas;
}

/** Numbering of the page at a site path; an empty numbering for pages without a body. */
export async function pageNumbersFor(sitePath: string): Promise<PageNumbers> {
  const { pageNumbers } = await loadAtlas();
  return pageNumbers.get(sitePath) ?? { cites: new Map(), figures: new Map(), equations: new Map() };
}

/** A reference by key; throws with the key when it does not exist (the validator reports it first). */
export async function getReference(key: string): Promise<Reference> {
  const reference = (await loadAtlas()).references.get(key);
  if (!reference) throw new Error(`Unknown citation key "${key}"`);
  return reference;
}

/** Link to a work on the page of /references/ that lists it; throws with the key when it does not exist. */
export async function referenceLink(key: string): Promise<string> {
  const page = (await loadAtlas()).referencePage.get(key);
  if (page === undefined) throw new Error(`Unknown citation key "${key}"`);
  return referenceHref(key, page);
}

/** Chapters and entries with the days they were added and revised, newest first: the feed and "Recently added". */
export async function datedPages(limit?: number): Promise<DatedPage[]> {
  const { chapters, methods } = await loadAtlas();
  return newestPages(
    [
      ...chapters.map((chapter) => ({
        title: chapter.data.title,
        path: chapterPath(chapter.id),
        label: 'Chapter',
        summary: chapter.data.description,
        added: chapter.data.added,
        revised: chapter.data.revised,
      })),
      ...methods.map((method) => ({
        title: method.data.title,
        path: methodPath(method.id),
        label: kindLabel(method.data.kind),
        summary: method.data.summary,
        added: method.data.added,
        revised: method.data.revised,
      })),
    ],
    limit,
  );
}

/** Citation key -> ids of the chapters that cite the work (with <Cite>), in reading order. */
export async function chaptersCiting(): Promise<Map<string, string[]>> {
  const { chapters, pageNumbers } = await loadAtlas();
  return citingChapters(
    chapters.map((chapter) => ({
      id: chapter.id,
      cites: pageNumbers.get(chapterPath(chapter.id))?.cites.keys() ?? [],
    })),
  );
}
