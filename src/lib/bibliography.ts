import { parse, type Creator } from '@retorquere/bibtex-parser';
import { cataloguePages, type CataloguePage } from './catalogue.ts';
import type { ReferenceRow } from './reference-filter.ts';

/** One work of the bibliography, as the site uses it. */
export interface BibEntry {
  /** Citation key, used by `<Cite key>` and as the anchor on /references/. */
  key: string;
  /** BibTeX entry type (article, inproceedings, misc, ...). */
  type: string;
  title: string;
  /** Authors as display names ("Xuezhi Wang", or an institution such as "OpenAI"). */
  authors: string[];
  /** Family name of each author (the whole name for an institution), for short author lines. */
  surnames: string[];
  year: number;
  /** Journal, proceedings or publisher, when the entry has one. */
  venue?: string;
  arxiv?: string;
  url?: string;
  doi?: string;
  /** The entry exactly as written in the .bib file, for the copy button. */
  bibtex: string;
}

/** A problem in the .bib file; the message names the file, and the entry or line. */
export class BibliographyError extends Error {
  override name = 'BibliographyError';
}

const KEY_PATTERN = /^[A-Za-z0-9_:.-]+$/;
const ARXIV_PATTERN = /^\d{4}\.\d{4,5}$/;

function displayName(creator: Creator): string {
  if (creator.name) return creator.name;
  return [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
}

/**
 * Parses a BibTeX file into entries, sorted by key. Throws a BibliographyError naming `fileName` and the line
 * or entry at fault for syntax errors, duplicate or malformed keys, missing title/author/year, a non-numeric
 * year and a malformed arXiv id.
 */
export function parseBibliography(text: string, fileName: string): BibEntry[] {
  const library = parse(text, { sentenceCase: false, english: false });
  const [firstError] = library.errors;
  if (firstError) {
    throw new BibliographyError(`${fileName}: malformed BibTeX: ${firstError.error}`);
  }
  const seen = new Set<string>();
  const entries = library.entries.map((entry): BibEntry => {
    const where = `${fileName}: entry "${entry.key}"`;
    if (!KEY_PATTERN.test(entry.key)) {
      throw new BibliographyError(`${where}: the key must be letters, digits, "_", ":", "." or "-"`);
    }
    if (seen.has(entry.key)) throw new BibliographyError(`${where}: duplicate key`);
    seen.add(entry.key);

    const { fields } = entry;
    const title = fields.title?.trim();
    if (!title) throw new BibliographyError(`${where}: field "title" is missing`);
    const creators = (fields.author ?? []).filter((creator) => displayName(creator).length > 0);
    const authors = creators.map(displayName);
    const surnames = creators.map((creator) => creator.name ?? creator.lastName ?? displayName(creator));
    if (authors.length === 0) throw new BibliographyError(`${where}: field "author" is missing`);
    const year = Number(fields.year);
    if (!fields.year || !Number.isInteger(year) || year < 1900 || year > 2100) {
      throw new BibliographyError(`${where}: field "year" must be a four-digit year, got "${fields.year ?? ''}"`);
    }
    const arxiv = fields.eprint?.trim();
    if (arxiv !== undefined && !ARXIV_PATTERN.test(arxiv)) {
      throw new BibliographyError(`${where}: field "eprint" must be an arXiv id like 2501.09686, got "${arxiv}"`);
    }
    const venue = fields.journal ?? fields.booktitle ?? fields.howpublished ?? fields.publisher?.join(', ');
    return {
      key: entry.key,
      type: entry.type,
      title,
      authors,
      surnames,
      year,
      ...(venue ? { venue } : {}),
      ...(arxiv ? { arxiv } : {}),
      ...(fields.url ? { url: fields.url } : {}),
      ...(fields.doi ? { doi: fields.doi } : {}),
      bibtex: entry.input.trim(),
    };
  });
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

/** Short author line from family names: "Wang", "Wang and Wei", or "Wang et al.". */
export function formatAuthorsShort(surnames: readonly string[]): string {
  const [first, second] = surnames;
  if (first === undefined) return '';
  if (surnames.length === 1) return first;
  if (surnames.length === 2) return `${first} and ${second}`;
  return `${first} et al.`;
}

/** Full author line for a reference: every name up to six, else the first six and "et al.". */
export function formatAuthorsLong(authors: readonly string[]): string {
  return authors.length > 6 ? `${authors.slice(0, 6).join(', ')}, et al.` : authors.join(', ');
}

/** What a row is made from: a work of the bibliography, as parsed or as the content collection holds it. */
type WorkFacts = Pick<BibEntry, 'key' | 'year' | 'authors' | 'title' | 'bibtex'> & {
  [field in 'venue' | 'arxiv' | 'doi' | 'url']?: string | undefined;
};

/** The row of one work, given the chapters that cite it. */
export function referenceRow(work: WorkFacts, chapters: readonly string[]): ReferenceRow {
  return {
    key: work.key,
    year: work.year,
    chapters: [...chapters],
    authors: formatAuthorsLong(work.authors),
    title: work.title,
    ...(work.venue ? { venue: work.venue } : {}),
    ...(work.arxiv ? { arxiv: work.arxiv } : {}),
    ...(work.doi ? { doi: work.doi } : {}),
    ...(work.url ? { url: work.url } : {}),
    bibtex: work.bibtex,
  };
}

/**
 * Every work as one BibTeX file, sorted by citation key, each entry as written in the source; `header` becomes a
 * comment line at the top (BibTeX ignores text outside entries).
 */
export function bibliographyFile(works: readonly Pick<BibEntry, 'key' | 'bibtex'>[], header?: string): string {
  const entries = [...works].sort((a, b) => a.key.localeCompare(b.key)).map((work) => work.bibtex);
  const comment = header ? [header.replace(/^/gm, '% ')] : [];
  return `${[...comment, ...entries].join('\n\n')}\n`;
}

/** Works a page of /references/ lists; past this, the list continues on /references/page/2/ and on. */
export const REFERENCES_PAGE_SIZE = 150;

/** Works in the order /references/ lists them: by first author's family name, then year, then key. */
export function referenceOrder<T extends { id: string; data: Pick<BibEntry, 'surnames' | 'year'> }>(
  works: Iterable<T>,
): T[] {
  return [...works].sort(
    (a, b) =>
      (a.data.surnames[0] ?? '').localeCompare(b.data.surnames[0] ?? '') ||
      a.data.year - b.data.year ||
      a.id.localeCompare(b.id),
  );
}

/** The page of /references/ (from 1) that lists each work, by key, for works already in `referenceOrder`. */
export function referencePageOf(
  orderedKeys: readonly string[],
  size: number = REFERENCES_PAGE_SIZE,
): Map<string, number> {
  if (size < 1) throw new Error(`page size must be positive, got ${size}`);
  return new Map(orderedKeys.map((key, index) => [key, Math.floor(index / size) + 1]));
}

/** The pages of /references/ for works already in `referenceOrder`, each named by its first and last first author. */
export function referencePages(
  ordered: readonly { id: string; data: Pick<BibEntry, 'surnames'> }[],
  size: number = REFERENCES_PAGE_SIZE,
): CataloguePage[] {
  return cataloguePages(
    ordered.map((work) => work.data.surnames[0] ?? work.id),
    size,
  );
}
