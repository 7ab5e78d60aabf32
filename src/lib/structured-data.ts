/**
 * Structured data (schema.org JSON-LD) for search engines and other readers of the built pages: the survey as a
 * ScholarlyArticle with its authors, chapters and entries as articles, the glossary as a DefinedTermSet. Every
 * function takes plain data and absolute URLs, so it is tested without a build.
 */

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** A work as the bibliography holds it. */
export interface WorkFacts {
  title: string;
  authors: readonly string[];
  year: number;
  arxiv?: string | undefined;
  url?: string | undefined;
}

/** The site as the publisher and container of every page. */
export interface SiteFacts {
  name: string;
  url: string;
}

const CONTEXT = 'https://schema.org';

function person(name: string): JsonLd {
  return { '@type': 'Person', name };
}

/** A paper as a ScholarlyArticle: its title, authors in order, year and arXiv identifier. */
export function scholarlyArticle(work: WorkFacts): JsonLd {
  return {
    '@type': 'ScholarlyArticle',
    name: work.title,
    headline: work.title,
    author: work.authors.map(person),
    datePublished: String(work.year),
    ...(work.arxiv ? { identifier: `arXiv:${work.arxiv}`, sameAs: `https://arxiv.org/abs/${work.arxiv}` } : {}),
    ...(work.url ? { url: work.url } : {}),
  };
}

/** The home page: the site, and the survey it accompanies. */
export function homeJsonLd(site: SiteFacts, survey: WorkFacts, description: string): JsonLd[] {
  return [
    { '@context': CONTEXT, '@type': 'WebSite', name: site.name, url: site.url, description },
    { '@context': CONTEXT, ...scholarlyArticle(survey) },
  ];
}

/** A chapter or an entry: an article of the site about the survey (a chapter) or about a paper (an entry). */
export function articleJsonLd(
  page: { title: string; description: string; url: string },
  site: SiteFacts,
  about?: WorkFacts,
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: page.title,
    description: page.description,
    url: page.url,
    mainEntityOfPage: page.url,
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    ...(about ? { about: scholarlyArticle(about) } : {}),
  };
}

/** The glossary: a DefinedTermSet whose terms each have a name, a definition and their own URL. */
export function glossaryJsonLd(
  glossary: { name: string; url: string },
  terms: readonly { term: string; definition: string; url: string }[],
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    name: glossary.name,
    url: glossary.url,
    hasDefinedTerm: terms.map((term) => ({
      '@type': 'DefinedTerm',
      name: term.term,
      description: term.definition,
      url: term.url,
      inDefinedTermSet: glossary.url,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so that no text in the data can close
 * the element early.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** A bibliography entry's facts as the structured data needs them. */
export function workFacts(reference: {
  title: string;
  authors: readonly string[];
  year: number;
  arxiv?: string | undefined;
  url?: string | undefined;
}): WorkFacts {
  return {
    title: reference.title,
    authors: reference.authors,
    year: reference.year,
    arxiv: reference.arxiv,
    url: reference.url,
  };
}
