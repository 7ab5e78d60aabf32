/**
 * Build-time checks of what a schema cannot express: references between files. Each problem names the file
 * and the field, so an author can fix it without reading code.
 */
import { normalizeName } from './query.ts';
import { duplicateAnchorIds, equationTex, extractBodyRefs } from './mdx-refs.ts';
import { monthOfArxiv } from './results.ts';

/** A page of content as the validator needs it. */
export interface PageSource {
  id: string;
  /** Path of the source file, relative to the project ("content/chapters/introduction.mdx"). */
  filePath: string;
  body: string;
}

/** When a page was first published on the site and last revised (YYYY-MM-DD). */
export interface PageDates {
  added?: string | undefined;
  revised?: string | undefined;
}

export interface ChapterSource extends PageSource, PageDates {
  order: number;
  /** The survey section it covers: required unless the chapter was written after the survey. */
  survey?: string | undefined;
  afterSurvey?: boolean;
}

export interface MethodSource extends PageSource, PageDates {
  /** Title and aliases, each of which must name this entry only (search pins exact names). */
  names?: readonly string[];
  paper?: string | undefined;
  arxiv?: string | undefined;
  /** Month of the first public version, YYYY-MM. */
  published?: string | undefined;
  /** Anchor of the equation that defines the entry: an <Equation> with display math in its body. */
  keyEquation?: string | undefined;
  related: readonly { entry: string }[];
  /** The entry's kind, so results can be checked to point at benchmarks and datasets. */
  kind?: string;
  /** Reported results: the benchmark entry each is on and the work it was checked in. */
  results?: readonly { benchmark?: string | undefined; source: { key: string } }[];
}

export interface GlossarySource {
  id: string;
  entry?: string | undefined;
}

export interface AtlasSources {
  chapters: readonly ChapterSource[];
  methods: readonly MethodSource[];
  referenceKeys: ReadonlySet<string>;
  /** arXiv id of each reference that has one, to check entries against their paper. */
  referenceArxiv?: ReadonlyMap<string, string>;
  glossary: readonly GlossarySource[];
  /** File the glossary is loaded from, for messages. */
  glossaryFile: string;
  /** Every site path the build will write ("/", "/methods/grpo/", ...). */
  routes: ReadonlySet<string>;
  /** This month (YYYY-MM): no entry is published after it. */
  thisMonth?: string;
  /** Today (YYYY-MM-DD): no page is added or revised after it. */
  today?: string;
  /** Reading paths, whose steps must name existing entries and chapters. */
  paths?: readonly PathSource[];
}

export interface PathSource {
  id: string;
  filePath: string;
  order: number;
  steps: readonly { entry?: string | undefined; chapter?: string | undefined }[];
}

/** Thrown when content refers to something that does not exist; lists every problem found. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid content:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

function checkBody(page: PageSource, sources: AtlasSources, methodIds: Set<string>, termIds: Set<string>) {
  const problems: string[] = [];
  const refs = extractBodyRefs(page.body);
  for (const key of refs.cites) {
    if (!sources.referenceKeys.has(key)) {
      problems.push(`${page.filePath}: <Cite key="${key}">: no entry "${key}" in references.bib`);
    }
  }
  for (const id of refs.entries) {
    if (!methodIds.has(id)) problems.push(`${page.filePath}: <M id="${id}">: no catalogue entry "${id}"`);
  }
  for (const id of refs.terms) {
    if (!termIds.has(id)) problems.push(`${page.filePath}: <Term id="${id}">: no glossary term "${id}"`);
  }
  for (const link of refs.links) {
    const sitePath = link.split('#')[0]!.split('?')[0]!;
    const withSlash = sitePath.endsWith('/') ? sitePath : `${sitePath}/`;
    if (!sources.routes.has(sitePath) && !sources.routes.has(withSlash)) {
      problems.push(`${page.filePath}: link "${link}": no page at that route`);
    }
  }
  for (const id of duplicateAnchorIds(page.body)) {
    problems.push(`${page.filePath}: id "${id}" is used by more than one <Figure> or <Equation>`);
  }
  return problems;
}

/** Lists every cross-file problem in the content; an empty list means the content is consistent. */
export function findContentProblems(sources: AtlasSources): string[] {
  const problems: string[] = [];
  const methodIds = new Set(sources.methods.map((method) => method.id));
  const termIds = new Set(sources.glossary.map((term) => term.id));

  for (const page of [...sources.chapters, ...sources.methods]) {
    if (page.revised !== undefined && page.added !== undefined && page.revised < page.added)
      problems.push(`${page.filePath}: revised: ${page.revised} is before added (${page.added})`);
    for (const field of ['added', 'revised'] as const) {
      const date = page[field];
      if (date !== undefined && sources.today !== undefined && date > sources.today)
        problems.push(`${page.filePath}: ${field}: ${date} is in the future`);
    }
  }

  for (const chapter of sources.chapters)
    if (chapter.survey === undefined && chapter.afterSurvey === false)
      problems.push(`${chapter.filePath}: survey: missing; give the survey section, or set afterSurvey: true`);

  const chaptersByOrder = new Map<number, ChapterSource>();
  for (const chapter of sources.chapters) {
    const other = chaptersByOrder.get(chapter.order);
    if (other) {
      problems.push(`${chapter.filePath}: order: ${chapter.order} is already used by ${other.filePath}`);
    } else {
      chaptersByOrder.set(chapter.order, chapter);
    }
  }

  const chapterIds = new Set(sources.chapters.map((chapter) => chapter.id));
  const pathsByOrder = new Map<number, PathSource>();
  for (const readingPath of sources.paths ?? []) {
    const other = pathsByOrder.get(readingPath.order);
    if (other)
      problems.push(`${readingPath.filePath}: order: ${readingPath.order} is already used by ${other.filePath}`);
    else pathsByOrder.set(readingPath.order, readingPath);
    readingPath.steps.forEach((step, index) => {
      if (step.entry !== undefined && !methodIds.has(step.entry))
        problems.push(`${readingPath.filePath}: steps[${index}].entry: no catalogue entry "${step.entry}"`);
      if (step.chapter !== undefined && !chapterIds.has(step.chapter))
        problems.push(`${readingPath.filePath}: steps[${index}].chapter: no chapter "${step.chapter}"`);
    });
  }

  const kinds = new Map(sources.methods.map((method) => [method.id, method.kind ?? 'benchmark']));
  for (const method of sources.methods) {
    if (method.paper !== undefined && !sources.referenceKeys.has(method.paper)) {
      problems.push(`${method.filePath}: paper: no entry "${method.paper}" in references.bib`);
    }
    const paperArxiv = method.paper === undefined ? undefined : sources.referenceArxiv?.get(method.paper);
    if (method.arxiv !== undefined && paperArxiv !== undefined && method.arxiv !== paperArxiv) {
      problems.push(
        `${method.filePath}: arxiv: "${method.arxiv}" differs from the eprint "${paperArxiv}" of its paper "${method.paper}"`,
      );
    }
    if (method.published === undefined && (method.paper !== undefined || method.arxiv !== undefined)) {
      problems.push(`${method.filePath}: published: missing; an entry with a paper gives the month it first appeared`);
    }
    const arxivMonth = method.arxiv === undefined ? undefined : monthOfArxiv(method.arxiv);
    if (method.published !== undefined && arxivMonth !== undefined && method.published !== arxivMonth) {
      problems.push(
        `${method.filePath}: published: ${method.published} is not the month of its arXiv id ${method.arxiv} (${arxivMonth})`,
      );
    }
    if (method.published !== undefined && sources.thisMonth !== undefined && method.published > sources.thisMonth) {
      problems.push(`${method.filePath}: published: ${method.published} is in the future`);
    }
    if (method.keyEquation !== undefined && equationTex(method.body, method.keyEquation) === undefined) {
      problems.push(
        `${method.filePath}: keyEquation: the body has no <Equation id="${method.keyEquation}"> with display math ($$ … $$)`,
      );
    }
    method.results?.forEach((result, index) => {
      if (!sources.referenceKeys.has(result.source.key)) {
        problems.push(
          `${method.filePath}: results[${index}].source.key: no entry "${result.source.key}" in references.bib`,
        );
      }
      if (result.benchmark === undefined) return;
      const kind = kinds.get(result.benchmark);
      if (kind === undefined) {
        problems.push(`${method.filePath}: results[${index}].benchmark: no catalogue entry "${result.benchmark}"`);
      } else if (kind !== 'benchmark' && kind !== 'dataset') {
        problems.push(
          `${method.filePath}: results[${index}].benchmark: "${result.benchmark}" is a ${kind}, not a benchmark or dataset`,
        );
      }
    });
    method.related.forEach((link, index) => {
      if (!methodIds.has(link.entry)) {
        problems.push(`${method.filePath}: related[${index}].entry: no catalogue entry "${link.entry}"`);
      } else if (link.entry === method.id) {
        problems.push(`${method.filePath}: related[${index}].entry: an entry cannot relate to itself`);
      }
    });
  }

  const owners = new Map<string, MethodSource>();
  for (const method of sources.methods) {
    for (const name of method.names ?? []) {
      const key = normalizeName(name);
      const owner = owners.get(key);
      if (owner && owner !== method) {
        problems.push(`${method.filePath}: aliases: "${name}" is also a name of ${owner.filePath}`);
      } else if (key) owners.set(key, method);
    }
  }

  for (const term of sources.glossary) {
    if (term.entry !== undefined && !methodIds.has(term.entry)) {
      problems.push(`${sources.glossaryFile}: term "${term.id}": entry: no catalogue entry "${term.entry}"`);
    }
  }

  for (const page of [...sources.chapters, ...sources.methods]) {
    problems.push(...checkBody(page, sources, methodIds, termIds));
  }
  return problems;
}

/** Throws a ContentError listing every problem, or returns quietly when the content is consistent. */
export function assertValidContent(sources: AtlasSources): void {
  const problems = findContentProblems(sources);
  if (problems.length > 0) throw new ContentError(problems);
}
