/**
 * Query understanding for search, as pure functions. Everything it knows comes from files the build derives from
 * the indexed pages (src/integrations/search-index.ts): the words of the site with the number of records each
 * occurs in (WordsFile), and the names of entries, chapters and glossary terms (Named). No word list is kept by hand:
 * a word that occurs in most records weighs almost nothing (its inverse document frequency), which is what makes
 * "how", "does" or "the" drop out of a question.
 *
 * A query becomes a plan: each word corrected to the closest known word when it is unknown, names recognised
 * anywhere in the query (an entry's title or alias, "how does GRPO work"), each name expanded to its other
 * names, and the query cut into concepts, each searched on its own and scored by how rare it is. The engine
 * (src/scripts/search-engine.ts) runs the plan with Pagefind and fuses the scores; `fuseScores` is that fusion.
 */

/** What every result carries from the start: its filter values, for facet counts and filtering. */
export interface PageFacts {
  /** Filter values by filter name: kind (always, one value), stage, year, chapter. */
  filters: Record<string, string[]>;
}

/** A page or section the search can return, with its address and title (from its docs file). */
export interface SearchDoc extends PageFacts {
  url: string;
  title: string;
}

/** The type of result a doc is ("Method", "Chapter section", "Glossary term"). */
export function kindOf(doc: PageFacts): string {
  return doc.filters['kind']?.[0] ?? 'Page';
}

/** A thing with names: an entry, a chapter or a glossary term. */
export interface Named {
  url: string;
  /** Its number among Pagefind's pages (see PageIds). */
  page: number;
  title: string;
  /** Normalised forms (see normalizeName) of every alias and of the paper's title; the title's is implied. */
  names: string[];
  /** Lower ranks win when two things share a name: entries 0, chapters 1, glossary terms 2. */
  rank: number;
}

/** What the build writes to search-data.json. */
export interface SearchData {
  /** Number of records in the index. */
  records: number;
  /** The vocabulary files there are (see WordsFile), by the code point of their letter: of common words... */
  wordFiles: number[];
  /** ...and of words of one record. */
  onceFiles: number[];
  /** How many files the names are shared out to (see nameShardsFor). */
  nameShards: number;
  /** Number of Pagefind's pages. */
  pages: number;
  /** The filter values of every page, by facet (see decodeFacets). */
  facets: FacetColumns;
  /** Pages per docs file: the address and title of page n are in `search-docs/<n / docsPerFile>.json`. */
  docsPerFile: number;
  /** How a page's number makes its Pagefind id (see pageId). */
  ids: PageIds;
}

/**
 * Filter values of every page, a column per facet: the facet's values once, then for each page (in Pagefind's
 * order) the positions of its values. Every result's facets are needed at once (for the chip counts), while its
 * address and title are needed only when it is shown, so only these columns are in search-data.json.
 */
export type FacetColumns = Record<string, { values: string[]; pages: number[][] }>;

/** Column form of the pages' filter values (the build's side of decodeFacets). */
export function encodeFacets(pages: readonly PageFacts[]): FacetColumns {
  const columns: FacetColumns = {};
  const facets = [...new Set(pages.flatMap((page) => Object.keys(page.filters)))].sort();
  for (const facet of facets) {
    const values = [...new Set(pages.flatMap((page) => page.filters[facet] ?? []))].sort();
    const position = new Map(values.map((value, index) => [value, index]));
    columns[facet] = { values, pages: pages.map((page) => (page.filters[facet] ?? []).map((v) => position.get(v)!)) };
  }
  return columns;
}

/** Each page's filter values, from their columns, in page order. */
export function decodeFacets(columns: FacetColumns, pages: number): PageFacts[] {
  const facts = Array.from({ length: pages }, (): PageFacts => ({ filters: {} }));
  for (const [facet, column] of Object.entries(columns)) {
    column.pages.forEach((positions, page) => {
      if (positions.length > 0 && facts[page]) facts[page].filters[facet] = positions.map((p) => column.values[p]!);
    });
  }
  return facts;
}

/** The docs file that holds page `page`, and the page's place in it. */
export function docsFileOf(page: number, perFile: number): { file: number; index: number } {
  return { file: Math.floor(page / perFile), index: page % perFile };
}

/** A docs file: [url, title] of each of its pages, in order. */
export type DocsFile = [url: string, title: string][];

/**
 * Pagefind's page ids are numbers between a prefix and a suffix ("en_12-3f9c1a"): the build numbers them in
 * Pagefind's page order, so search-data.json lists pages by position instead of by a hash each, and the suffix
 * (taken from the index's contents) gives every build its own fragment URLs.
 */
export interface PageIds {
  prefix: string;
  suffix: string;
}

/** The Pagefind id of page number `index`. */
export function pageId(ids: PageIds, index: number): string {
  return `${ids.prefix}${index}${ids.suffix}`;
}

/** The page number of a Pagefind id, or undefined for an id of another form. */
export function pageNumber(ids: PageIds, id: string): number | undefined {
  if (!id.startsWith(ids.prefix) || !id.endsWith(ids.suffix)) return undefined;
  const digits = id.slice(ids.prefix.length, id.length - ids.suffix.length);
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

export type VocabularyWord = [word: string, count: number] | [word: string, count: number, title: 1];

/**
 * The vocabulary is shared out to files by first letter, so a query loads the few files its words start with: at
 * 2,000 entries the whole list weighs about 35 kB compressed. Each letter has up to two files: its words in two
 * records or more (`search-words/<code point>.json`) and its words of one record (`<code point>-once.json`),
 * needed only for a word the first does not list. A correction keeps a word's first letter, as spelling
 * correctors commonly do (Lucene's keeps a prefix of one), so the files of a query's own letters hold every
 * candidate, and a word glued to the next ("montecarlo") needs the files of the letters it could be cut at.
 */
export interface WordsFile {
  /**
   * Words in two records or more and how many records contain each, sorted: [word, count], or [word, count, 1]
   * for a word of the title of an entry, chapter or glossary term.
   */
  words: VocabularyWord[];
  /**
   * Words of one record: first those of a title, then those of another name (an alias, a paper title, an author),
   * both correction targets, then the rest, which correction does not aim at (mostly numbers and rare names).
   */
  once: OnceWords;
}

export type OnceWords = [titles: string[], names: string[], others: string[]];

/** The vocabulary file of a word: the code point of its first letter. */
export function wordFileOf(word: string): number {
  return word.codePointAt(0) ?? 0;
}

/** Where correction may cut an unknown word in two (see Lexicon.correct): both halves at least three letters. */
function cuts(word: string): number[] {
  return Array.from({ length: Math.max(0, word.length - 5) }, (_, index) => index + 3);
}

/**
 * The vocabulary files a query's words need, each once: every word's first letter and, for a word still
 * unknown once those are loaded, the letters it could be cut at.
 */
export function wordFilesFor(words: readonly string[], lexicon?: Lexicon): number[] {
  const files = new Set<number>();
  for (const word of words) {
    if (!word) continue;
    files.add(wordFileOf(word));
    if (lexicon && !lexicon.knows(word) && !/^\p{N}+$/u.test(word))
      for (const cut of cuts(word)) files.add(wordFileOf(word.slice(cut)));
  }
  return [...files].sort((a, b) => a - b);
}

/**
 * The files of words of one record a query needs: the first letters of its words the lexicon has no count for (a
 * word known from a name file alone may be one of them, and its count weighs its concept).
 */
export function onceFilesFor(words: readonly string[], lexicon: Lexicon): number[] {
  const unknown = words.filter(
    (word) => word && !lexicon.counts.has(word) && !lexicon.rare.has(word) && !/^\p{N}+$/u.test(word),
  );
  return [...new Set(unknown.map(wordFileOf))].sort((a, b) => a - b);
}

/**
 * The names of entries, chapters and glossary terms are shared out to files by their first three letters, so a
 * query loads only the few files it could name things from: a 2,000-entry atlas has thousands of names, aliases
 * and paper titles. A thing is in the file of each of its names.
 */
const NAME_KEY = 3;

/** The file (of `count`) that holds a normalised name. */
export function nameShardOf(name: string, count: number): number {
  // FNV-1a over the first letters: short keys spread evenly over the files.
  let hash = 0x811c9dc5;
  for (const character of [...name].slice(0, NAME_KEY)) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/**
 * The name files a query's words need, each once, in ascending order. A name can be any run of the words, glued
 * ("o 1" names o1), so a file is needed for the first letters of every run: from each word, the runs shorter than
 * the key, and the first that reaches it (longer runs share its letters).
 */
export function nameShardsFor(words: readonly string[], count: number): number[] {
  const shards = new Set<number>();
  words.forEach((_, start) => {
    let joined = '';
    for (const word of words.slice(start)) {
      joined += word;
      shards.add(nameShardOf(joined, count));
      if ([...joined].length >= NAME_KEY) break;
    }
  });
  return [...shards].sort((a, b) => a - b);
}

/** One part of a query, searched on its own: a word, or a recognised name with its other names. */
export interface Concept {
  /** Pagefind queries, any of which satisfies the concept ("prm", "process reward model"). */
  alternatives: string[];
  /** How much matching it counts: the inverse document frequency of its rarest word. */
  weight: number;
}

export interface QueryPlan {
  /** The words of the query as typed, tokenised. */
  words: string[];
  /** The query with unknown words corrected, if any word was corrected. */
  corrected?: string;
  /** The thing the query names, shown first. */
  bestBet?: Named;
  /** Things named inside the query that are not clearly what it is about, longest name first. */
  candidates: Named[];
  concepts: Concept[];
  /** Every word of every alternative, of the concepts kept or dropped. */
  terms: string[];
  /** Words to mark in excerpts: the terms that are rare enough to tell (see highlightTerms). */
  highlight: string[];
}

/** Folds accents and case and splits on anything that is not a letter or a digit. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Folds case, accents, spacing and punctuation, so "ReST-MCTS*", "rest mcts*" and "ReST MCTS" compare equal,
 * as do "Best-of-N" and "best of n". Returns "" for a query with no letters or digits.
 */
export function normalizeName(name: string): string {
  return tokenize(name).join('');
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), or `limit + 1` as soon as it is
 * known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typos a word of this length may carry and still be corrected. */
function allowedTypos(word: string): number {
  if (word.length <= 3) return word.length === 3 ? 1 : 0;
  return word.length <= 5 ? 1 : 2;
}

/** The site's words as a lookup, with the inverse document frequency of each. */
export class Lexicon {
  readonly counts: Map<string, number>;
  readonly records: number;
  /** Every word of every name, so that correction prefers names ("grpo") to rare body words. */
  readonly nameWords: Set<string>;
  readonly byName: Map<string, Named[]>;
  /** Words of one record each that correction does not aim at. */
  rare = new Set<string>();

  /** The named things added, by page: a result among them needs no docs file for its address and title. */
  readonly byPage = new Map<number, Named>();

  constructor(data: { records: number; words?: readonly VocabularyWord[]; named?: readonly Named[] }) {
    this.counts = new Map();
    this.nameWords = new Set();
    this.records = Math.max(1, data.records);
    this.byName = new Map();
    this.addWords({ words: [...(data.words ?? [])], once: [[], [], []] });
    this.addNamed(data.named ?? []);
  }

  /**
   * Adds a vocabulary file's words (see WordsFile): words of one record in a name count as in one record; the
   * others are only known.
   */
  addWords(file: WordsFile): void {
    for (const [word, count, title] of file.words) {
      this.counts.set(word, count);
      if (title === 1) this.nameWords.add(word);
    }
    const [titles, names, others] = file.once;
    for (const word of titles) {
      this.counts.set(word, 1);
      this.nameWords.add(word);
    }
    for (const word of names) this.counts.set(word, 1);
    for (const word of others) this.rare.add(word);
  }

  /** Adds named things (a name file's, say); one already added is skipped. */
  addNamed(things: readonly Named[]): void {
    for (const named of things) {
      if (this.byPage.has(named.page)) continue;
      this.byPage.set(named.page, named);
      for (const name of new Set([normalizeName(named.title), ...named.names])) {
        const list = this.byName.get(name) ?? [];
        list.push(named);
        this.byName.set(name, list);
      }
      for (const word of tokenize(named.title)) this.nameWords.add(word);
    }
  }

  /** Whether the word is in the index or names something. */
  knows(word: string): boolean {
    return this.counts.has(word) || this.rare.has(word) || this.nameWords.has(word) || this.byName.has(word);
  }

  /** Inverse document frequency: near 0 for a word in every record, larger the rarer the word. */
  idf(word: string): number {
    const count = this.counts.get(word) ?? (this.rare.has(word) ? 1 : 0);
    return Math.log(1 + (this.records - count + 0.5) / (count + 0.5));
  }

  /**
   * The thing a normalised name belongs to: the one with the lowest rank, if only one has it. With `plurals`, a
   * name that differs by a final "s" counts ("process reward models" for "process reward model"); one-word names
   * do without, or "scores" would name SCoRe.
   */
  owner(name: string, plurals = false): Named | undefined {
    const owners =
      this.byName.get(name) ??
      (plurals ? (this.byName.get(name.endsWith('s') ? name.slice(0, -1) : `${name}s`) ?? undefined) : undefined);
    if (!owners) return undefined;
    const best = Math.min(...owners.map((named) => named.rank));
    const first = owners.filter((named) => named.rank === best);
    return first.length === 1 ? first[0] : undefined;
  }

  /**
   * The known word closest to an unknown one: fewest edits first, then the one in more records (names count
   * as frequent). A word glued to the next ("montecarlo") is split when both halves are known words.
   */
  correct(word: string): string | undefined {
    if (this.knows(word) || /^\p{N}+$/u.test(word)) return undefined;
    const limit = allowedTypos(word);
    let best: { word: string; distance: number; count: number } | undefined;
    if (limit > 0) {
      for (const [candidate, count] of this.counts) {
        if (candidate.length < 2 || candidate[0] !== word[0] || /^\p{N}+$/u.test(candidate)) continue;
        const distance = editDistance(word, candidate, limit);
        if (distance > limit) continue;
        const weight = this.nameWords.has(candidate) ? count + this.records : count;
        if (!best || distance < best.distance || (distance === best.distance && weight > best.count))
          best = { word: candidate, distance, count: weight };
      }
      for (const candidate of this.nameWords) {
        if (this.counts.has(candidate) || candidate.length < 2 || candidate[0] !== word[0]) continue;
        const distance = editDistance(word, candidate, limit);
        if (distance > limit) continue;
        if (!best || distance < best.distance) best = { word: candidate, distance, count: this.records };
      }
    }
    if (best && best.distance <= 1) return best.word;
    for (const cut of cuts(word)) {
      const [left, right] = [word.slice(0, cut), word.slice(cut)];
      if ((this.counts.get(left) ?? 0) > 1 && (this.counts.get(right) ?? 0) > 1) return `${left} ${right}`;
    }
    return best?.word;
  }
}

interface NameMatch {
  start: number;
  end: number;
  named: Named;
}

/** Names found in the words, longest first and without overlap: "how does grpo work" finds GRPO at 2..3. */
function findNames(words: readonly string[], lexicon: Lexicon): NameMatch[] {
  const found: NameMatch[] = [];
  for (let length = words.length; length >= 1; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const end = start + length;
      if (found.some((match) => start < match.end && end > match.start)) continue;
      const named = lexicon.owner(words.slice(start, end).join(''), length > 1);
      if (named) found.push({ start, end, named });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A name inside a longer query pins its page only if it is what the query is about: no other word of the query is
 * rarer on the site than the name. "how does grpo work" is about GRPO; "path toward large reasoning models" is
 * about more than the entry named "large reasoning models", and "math word problems" more than MATH.
 */
function isSpecific(match: NameMatch, words: readonly string[], lexicon: Lexicon): boolean {
  const nameWeight = Math.max(...words.slice(match.start, match.end).map((word) => lexicon.idf(word)));
  return words.every((word, index) => (index >= match.start && index < match.end) || lexicon.idf(word) <= nameWeight);
}

/** The other spelling search should try for a name: its title's words, or its short name. */
function alternativesFor(named: Named, typed: string): string[] {
  const title = tokenize(named.title).join(' ');
  // Each alternative is one more search, so one other spelling is tried: the title, or for a title the acronym.
  const other =
    title !== typed ? title : named.names.find((name) => name.length <= 6 && name !== typed.replace(/ /g, ''));
  return other ? [typed, other] : [typed];
}

/** Turns a query into a plan: corrected words, the best bet, and the concepts to search. */
export function planQuery(query: string, lexicon: Lexicon, options: { correct?: boolean } = {}): QueryPlan {
  const typed = tokenize(query);
  const correctWords = options.correct ?? true;
  const words: string[] = [];
  let changed = false;
  for (const word of typed) {
    const fixed = correctWords ? lexicon.correct(word) : undefined;
    if (fixed) changed = true;
    words.push(...(fixed ?? word).split(' '));
  }
  const whole = lexicon.owner(words.join(''), words.length > 1);
  const names = findNames(words, lexicon);
  let bestBet = whole;
  if (!bestBet) {
    const specific = names.filter((match) => isSpecific(match, words, lexicon));
    const longest = Math.max(0, ...specific.map((match) => match.end - match.start));
    const top = specific.filter((match) => match.end - match.start === longest);
    const distinct = new Set(top.map((match) => match.named.url));
    if (distinct.size === 1) bestBet = top[0]!.named;
  }
  // Other names in the query are pinned later only if their page matches every other part of the query too.
  const candidates = bestBet
    ? []
    : [...names].sort((a, b) => b.end - b.start - (a.end - a.start)).map((match) => match.named);

  const concepts: Concept[] = [];
  let position = 0;
  for (const match of names) {
    for (; position < match.start; position += 1) concepts.push(wordConcept(words[position]!, lexicon));
    const span = words.slice(match.start, match.end);
    const weight = Math.max(...span.map((word) => lexicon.idf(word)));
    concepts.push({ alternatives: alternativesFor(match.named, span.join(' ')), weight: Math.max(weight, 1) });
    position = match.end;
  }
  for (; position < words.length; position += 1) concepts.push(wordConcept(words[position]!, lexicon));

  const terms = [...new Set(concepts.flatMap((concept) => concept.alternatives.flatMap((text) => tokenize(text))))];
  return {
    words: typed,
    ...(changed ? { corrected: words.join(' ') } : {}),
    ...(bestBet ? { bestBet } : {}),
    candidates,
    concepts: dropCommonWords(concepts),
    terms,
    highlight: highlightTerms(terms, lexicon),
  };
}

/**
 * The words to mark in excerpts, of a plan's terms: those that carry the query, not "of" or "the" inside a name.
 * The terms of a name's other spelling may start with letters whose vocabulary files the query did not need: the
 * engine loads them while the search runs, then marks again.
 */
export function highlightTerms(terms: readonly string[], lexicon: Lexicon): string[] {
  const telling = terms.filter((word) => lexicon.idf(word) >= 0.5);
  return telling.length > 0 ? telling : [...terms];
}

/** A word as a concept; a word the index does not hold (nor a number) is searched for nothing. */
function wordConcept(word: string, lexicon: Lexicon): Concept {
  const searchable = lexicon.knows(word) || /^\p{N}+$/u.test(word);
  return { alternatives: searchable ? [word] : [], weight: lexicon.idf(word) };
}

/**
 * Words found in most records ("the", "how", "model") say little about what is wanted; they are kept only when
 * the query has nothing else.
 */
function dropCommonWords(concepts: Concept[]): Concept[] {
  const strongest = Math.max(0, ...concepts.map((concept) => concept.weight));
  const kept = concepts.filter((concept) => concept.weight >= Math.min(0.5, strongest * 0.5));
  return kept.length > 0 ? kept : concepts;
}

/** Pagefind's answer to one alternative: page id -> score. */
export type AlternativeScores = Map<string, number>;

/**
 * Ranks pages by the concepts they satisfy, each weighted by its rarity, and within that by how well they match
 * (Pagefind's score, which counts a title or heading match many times a match in running text). A page that
 * matches every concept beats one that matches the rarest concept alone only when its matches weigh more.
 */
export function fuseScores(concepts: readonly Concept[], scores: readonly AlternativeScores[][]): [string, number][] {
  const totals = new Map<string, number>();
  concepts.forEach((concept, index) => {
    const best = new Map<string, number>();
    for (const alternative of scores[index] ?? []) {
      const top = Math.max(...alternative.values(), 0);
      if (top <= 0) continue;
      for (const [id, score] of alternative) best.set(id, Math.max(best.get(id) ?? 0, score / top));
    }
    for (const [id, share] of best) totals.set(id, (totals.get(id) ?? 0) + concept.weight * (0.6 + 0.4 * share));
  });
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The page to pin first: the plan's best bet, or else the first name candidate whose page satisfies every
 * concept of the query ("how is gsm8k graded": the GSM8K page also speaks of grading). `idOf` gives a named
 * thing's Pagefind page id.
 */
export function chooseBestBet(
  plan: QueryPlan,
  scores: readonly AlternativeScores[][],
  idOf: (named: Named) => string,
): Named | undefined {
  if (plan.bestBet) return plan.bestBet;
  return plan.candidates.find((named) => {
    const id = idOf(named);
    return scores.every((alternatives) => alternatives.some((scored) => scored.has(id)));
  });
}

/** A run of excerpt text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Whether a word of the text matches a query word: equal, or sharing a stem of at least four letters. */
function matchesWord(word: string, terms: readonly string[]): boolean {
  return terms.some((term) => {
    if (word === term) return true;
    const stem = Math.min(term.length, word.length, Math.max(4, term.length - 2));
    return stem >= 4 && word.slice(0, stem) === term.slice(0, stem) && Math.abs(word.length - term.length) <= 3;
  });
}

/**
 * The passage of `length` words of the text where the most distinct query words occur, with those words marked.
 * Starts the text when nothing matches.
 */
export function bestExcerpt(text: string, terms: readonly string[], length = 30): Segment[] {
  const words = text.split(/\s+/).filter(Boolean);
  const hits = words.map((word) => {
    const folded = tokenize(word);
    return folded.length > 0 && folded.some((part) => matchesWord(part, terms))
      ? (folded.find((part) => matchesWord(part, terms)) ?? '')
      : '';
  });
  let bestStart = 0;
  let bestScore = -1;
  for (let start = 0; start < Math.max(1, words.length - length + 1); start += 1) {
    const window = hits.slice(start, start + length).filter(Boolean);
    const score = new Set(window).size * 100 + window.length;
    if (score > bestScore) [bestStart, bestScore] = [start, score];
  }
  // Open a few words before the first hit, so the passage reads as part of a sentence.
  const firstHit = hits.findIndex((hit, index) => index >= bestStart && hit);
  const start = firstHit > bestStart + 4 ? Math.min(firstHit - 4, Math.max(0, words.length - length)) : bestStart;
  const segments: Segment[] = [];
  const slice = words.slice(start, start + length);
  slice.forEach((word, offset) => {
    const mark = Boolean(hits[start + offset]);
    const text = offset === 0 ? word : ` ${word}`;
    const last = segments.at(-1);
    if (mark) {
      if (offset > 0) {
        if (last && !last.mark) last.text += ' ';
        else segments.push({ text: ' ', mark: false });
      }
      segments.push({ text: word, mark: true });
    } else if (last && !last.mark) last.text += text;
    else segments.push({ text, mark: false });
  });
  if (start > 0) segments.unshift({ text: '… ', mark: false });
  if (start + length < words.length) segments.push({ text: ' …', mark: false });
  return segments;
}

/** Result counts per value of each facet, over the given docs. */
export function facetCounts(
  docs: readonly PageFacts[],
  facets: readonly string[],
): Record<string, [value: string, count: number][]> {
  const counts: Record<string, Map<string, number>> = {};
  for (const facet of facets) counts[facet] = new Map();
  for (const doc of docs)
    for (const facet of facets)
      for (const value of doc.filters[facet] ?? []) counts[facet]!.set(value, (counts[facet]!.get(value) ?? 0) + 1);
  return Object.fromEntries(
    facets.map((facet) => [
      facet,
      [...counts[facet]!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en', { numeric: true })),
    ]),
  );
}

/** Whether a doc has, for every facet with a selection, one of the selected values. */
export function matchesFilters(doc: PageFacts, selected: Record<string, readonly string[]>): boolean {
  return Object.entries(selected).every(
    ([facet, values]) => values.length === 0 || values.some((value) => doc.filters[facet]?.includes(value)),
  );
}

/** Names closest to a query that found nothing, for "Did you mean". */
export function closestNames(query: string, named: readonly Named[], count = 3): Named[] {
  const key = normalizeName(query);
  if (!key) return [];
  return named
    .filter((item) => item.rank === 0)
    .map((item) => ({
      item,
      distance: Math.min(
        ...[normalizeName(item.title), ...item.names].map((name) => editDistance(key, name, Math.max(3, key.length))),
      ),
    }))
    .sort((a, b) => a.distance - b.distance || a.item.title.localeCompare(b.item.title))
    .slice(0, count)
    .map(({ item }) => item);
}
