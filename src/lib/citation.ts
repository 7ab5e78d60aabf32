/**
 * How to cite the survey and the site's own pages, formatted at build time by citation-js (BibTeX through its
 * BibTeX plugin, APA 7 through its CSL plugin and the style it bundles). No citation library reaches the browser:
 * pages carry the finished text.
 */
import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

export type { CSL };

/** A work's citation in the two forms the site offers. */
export interface FormattedCitation {
  bibtex: string;
  /** APA 7th edition, as plain text (no italics), ready to paste. */
  text: string;
}

/** The site's name, as the container of its pages in a citation. */
export const SITE_NAME = 'Reasoning Atlas';

/**
 * Who wrote the site's pages. An institutional (literal) name: split into given and family names it would read
 * "Contributors, R. A." in APA and lose its braces in BibTeX.
 */
export const PAGE_AUTHOR = 'Reasoning Atlas contributors';

/**
 * CSL-JSON of a work from its BibTeX entry, parsed by citation-js. citation-js drops arXiv's `eprint` field, so a
 * preprint (a @misc with an arXiv id) is given APA's preprint form here: "(arXiv:NNNN.NNNNN). arXiv." in APA, and
 * the id kept in BibTeX's `note`, which every BibTeX style prints.
 */
export function workCsl(entry: { bibtex: string; arxiv?: string | undefined }): CSL {
  const [item] = new Cite(entry.bibtex).data as CSL[];
  if (!item) throw new Error(`no BibTeX entry in: ${entry.bibtex.slice(0, 60)}`);
  const { _graph: _, ...csl } = item as CSL & { _graph?: unknown };
  if (entry.arxiv && csl.type === 'document') {
    const id = `arXiv:${entry.arxiv}`;
    return { ...csl, number: id, publisher: 'arXiv', note: id };
  }
  return csl;
}

/** Citation key of a page of the site: "/methods/grpo/" -> "reasoningatlas_methods_grpo" (BibTeX-safe). */
export function pageCitationKey(sitePath: string): string {
  const words = sitePath
    .split('/')
    .filter(Boolean)
    .join('_')
    .replace(/[^A-Za-z0-9_]/g, '_');
  return words ? `reasoningatlas_${words}` : 'reasoningatlas';
}

/** What a page citation needs: the page's title, site path, absolute URL and year. */
export interface PageFacts {
  title: string;
  sitePath: string;
  url: string;
  year: number;
}

/**
 * CSL-JSON of a page of the site, as a webpage in the "Reasoning Atlas" site. The accessed date that web citations
 * often carry is left out: a static page is built once and cannot know when a reader visits, and a build date
 * printed as "accessed" would be false; readers add it themselves where their style asks for it.
 */
export function pageCsl(page: PageFacts): CSL {
  const key = pageCitationKey(page.sitePath);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: page.title,
    'container-title': SITE_NAME,
    author: [{ literal: PAGE_AUTHOR }],
    issued: { 'date-parts': [[page.year]] },
    URL: page.url,
  };
}

/** BibTeX and APA (plain text) of one CSL-JSON item. */
export function formatCitation(item: CSL): FormattedCitation {
  const cite = new Cite(item);
  const bibtex = (cite.format('bibtex', { format: 'text' }) as string).trim();
  const text = (cite.format('bibliography', { style: 'apa', format: 'text', lang: 'en-US' }) as string).trim();
  return { bibtex, text };
}
