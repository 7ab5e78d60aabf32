/**
 * What the search index holds, cut from the built pages. Pages mark what is searchable with attributes:
 *
 * - `data-search-record="page"`: the element is one record (an entry); its URL is the page's.
 * - `data-search-record="sections"`: a chapter; its opening is one record at the page's URL and every `h2` section
 *   is a record of its own at `page#section`, so a result is the section that matches, and its excerpt and the
 *   data a result fetches are that section's, not the whole chapter's.
 * - `data-search-record="term"` (with an `id`): a glossary term, a record at `page#id`.
 *
 * Inside a record, `[data-search-title]` (or the first `h1`, `h2` or `dt`) is its title, `[data-search-summary]`
 * its one-line summary, `[data-search-context]` extra text that should match but not be read as body (the paper's
 * title and authors), `data-pagefind-filter` attributes carry its facets and `data-pagefind-meta="kind:…"` its type.
 * Navigation, previews, screen-reader-only text, math markup, figures' SVG and anything under
 * `[data-pagefind-ignore]` are left out: they made excerpts of page chrome and tripled the index.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** One searchable unit, as HTML that Pagefind indexes as it would a page. */
export interface SearchRecord {
  /** Site path, with a `#fragment` for a chapter section or a glossary term. */
  url: string;
  title: string;
  /** Type shown on the result ("Method", "Chapter section", "Glossary term"...). */
  kind: string;
  /** A self-contained HTML document for Pagefind's `addHTMLFile`. */
  html: string;
  /** Plain text of the record (title, summary, context and body), for the build-time vocabulary. */
  text: string;
  /** One-line summary, if the page has one. */
  summary?: string;
  /** Other names of the thing (`[data-search-alias]`), which search treats as its title. */
  aliases: string[];
  /** The title of the thing's paper (`[data-search-paper]`), a name students copy from reference lists. */
  paper?: string;
  /** Words that must stay searchable even if rare: the paper's title and authors. */
  context?: string;
  /** Filter values by filter name (kind, stage, year, chapter). */
  filters: Record<string, string[]>;
}

const LEFT_OUT = [
  '[data-pagefind-ignore]',
  '.katex',
  '.preview-card',
  '.sr-only',
  'details',
  'nav',
  'script',
  'style',
  'svg',
  'template',
  '[data-search-title]',
  '[data-search-summary]',
  '[data-search-context]',
  '[data-pagefind-filter]',
].join(', ');

/** Tags that separate words: a table's cells or a list's items are separate words even with no space between. */
const BLOCK_TAG =
  /<\/?(?:address|blockquote|br|dd|div|dl|dt|figcaption|figure|h[1-6]|hr|li|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;

/** The end of a block: after it, a space keeps the words of neighbouring blocks apart. */
const BLOCK_END = /<\/(?:blockquote|dd|div|dt|figcaption|h[1-6]|li|p|pre|td|th|tr)>/gi;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Filters and metadata declared on a record element and its descendants, as "name:value" pairs. */
function declared(element: HTMLElement, attribute: 'data-pagefind-filter' | 'data-pagefind-meta'): [string, string][] {
  const pairs: [string, string][] = [];
  for (const node of [element, ...element.querySelectorAll(`[${attribute}]`)]) {
    const value = node.getAttribute(attribute);
    if (!value) continue;
    const [name, ...rest] = value.split(':');
    // "name" alone takes the element's text; "name:value" carries its value in the attribute.
    pairs.push([name!.trim(), squash(rest.length > 0 ? rest.join(':') : node.text)]);
  }
  return pairs;
}

interface RecordParts {
  url: string;
  title: string;
  kind: string;
  summary?: string | undefined;
  context?: string | undefined;
  /** Body HTML, already cleaned. */
  body: string;
  filters: [string, string][];
  aliases?: string[];
  paper?: string | undefined;
}

/**
 * Builds the HTML document Pagefind indexes for a record, and its plain text. The record's type and filters are
 * not given to Pagefind: results take them from search-data.json (FacetColumns), and each one copied into every
 * fragment a result fetches was bytes for nothing.
 */
function assemble(parts: RecordParts): SearchRecord {
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main data-pagefind-body>',
    `<h1>${escapeText(parts.title)}</h1>`,
    parts.summary ? `<p data-pagefind-weight="3">${escapeText(parts.summary)}</p>` : '',
    parts.context ? `<p data-pagefind-weight="2">${escapeText(parts.context)}</p>` : '',
    parts.body,
    '</main></body></html>',
  ].join('');
  const bodyText = squash(parse(parts.body.replace(BLOCK_TAG, ' ')).text);
  const text = [parts.title, parts.summary, parts.context, bodyText].filter(Boolean).join(' ');
  const filters: Record<string, string[]> = {};
  for (const [name, value] of parts.filters) if (!filters[name]?.includes(value)) (filters[name] ??= []).push(value);
  return {
    url: parts.url,
    title: parts.title,
    kind: parts.kind,
    html,
    text,
    ...(parts.summary ? { summary: parts.summary } : {}),
    aliases: parts.aliases ?? [],
    ...(parts.paper ? { paper: parts.paper } : {}),
    ...(parts.context ? { context: parts.context } : {}),
    filters,
  };
}

function textOf(element: HTMLElement, selector: string): string | undefined {
  const found = element.querySelector(selector);
  return found ? squash(found.text) || undefined : undefined;
}

/**
 * A copy of the element with everything that is not body text removed. A space follows every block that ends,
 * or Pagefind would read a table's cells ("Benchmark", "Model") as one word.
 */
function cleaned(element: HTMLElement): HTMLElement {
  const copy = parse(element.toString().replace(BLOCK_END, '$& ')).firstChild as HTMLElement;
  for (const node of copy.querySelectorAll(LEFT_OUT)) node.remove();
  // Attributes other than ids mean nothing to the index and only cost bytes in its fragments.
  for (const node of copy.querySelectorAll('*')) {
    for (const name of Object.keys(node.attributes)) if (name !== 'id') node.removeAttribute(name);
  }
  return copy;
}

function pageRecord(element: HTMLElement, url: string): SearchRecord {
  const title = textOf(element, '[data-search-title]') ?? textOf(element, 'h1') ?? url;
  const meta = declared(element, 'data-pagefind-meta');
  const body = cleaned(element);
  // The title is the record's own h1; a copy of it in the body would only repeat it.
  for (const heading of body.querySelectorAll('h1')) heading.remove();
  return assemble({
    url,
    title,
    kind: meta.find(([name]) => name === 'kind')?.[1] ?? 'Page',
    summary: textOf(element, '[data-search-summary]'),
    context:
      element
        .querySelectorAll('[data-search-context]')
        .map((node) => squash(node.text))
        .join(' · ') || undefined,
    paper: textOf(element, '[data-search-paper]'),
    body: body.innerHTML,
    filters: declared(element, 'data-pagefind-filter'),
    aliases: element.querySelectorAll('[data-search-alias]').map((node) => squash(node.text)),
  });
}

function sectionRecords(element: HTMLElement, url: string): SearchRecord[] {
  const chapterTitle = textOf(element, '[data-search-title]') ?? textOf(element, 'h1') ?? url;
  const filters = declared(element, 'data-pagefind-filter').filter(([name]) => name !== 'kind');
  const body = cleaned(element);
  for (const heading of body.querySelectorAll('h1')) heading.remove();
  // Sections are the h2 headings at any depth (MDX wraps the text in a prose container) and what follows them.
  const container = body.querySelector('h2')?.parentNode ?? body;
  const groups: { heading?: HTMLElement; nodes: string[] }[] = [{ nodes: [] }];
  for (const node of container.childNodes) {
    if (node instanceof Object && 'tagName' in node && (node as HTMLElement).tagName === 'H2') {
      groups.push({ heading: node as HTMLElement, nodes: [] });
    } else groups.at(-1)!.nodes.push(node.toString());
  }
  const [opening, ...sections] = groups;
  const headings = sections.map((section) => squash(section.heading!.text));
  const records = [
    assemble({
      url,
      title: chapterTitle,
      kind: 'Chapter',
      summary: textOf(element, '[data-search-summary]'),
      // The section titles make the chapter itself match its topics, as its table of contents does.
      context: headings.join(' · '),
      body: opening!.nodes.join(''),
      filters: [['kind', 'Chapter'], ...filters],
    }),
  ];
  for (const section of sections) {
    const id = section.heading!.getAttribute('id');
    if (!id) continue;
    records.push(
      assemble({
        url: `${url}#${id}`,
        title: squash(section.heading!.text),
        kind: 'Chapter section',
        body: section.nodes.join(''),
        filters: [['kind', 'Chapter section'], ...filters],
      }),
    );
  }
  return records;
}

function termRecord(element: HTMLElement, url: string): SearchRecord | undefined {
  const id = element.getAttribute('id');
  if (!id) return undefined;
  const title = textOf(element, '[data-search-title]') ?? textOf(element, 'dt') ?? id;
  return assemble({
    url: `${url}#${id}`,
    title,
    kind: 'Glossary term',
    body: cleaned(element).innerHTML,
    filters: [['kind', 'Glossary term']],
  });
}

/** The search records of one built page, in document order; none for a page that marks nothing. */
export function searchRecords(html: string, sitePath: string): SearchRecord[] {
  const root = parse(html);
  const records: SearchRecord[] = [];
  for (const element of root.querySelectorAll('[data-search-record]')) {
    const type = element.getAttribute('data-search-record');
    if (type === 'page') records.push(pageRecord(element, sitePath));
    else if (type === 'sections') records.push(...sectionRecords(element, sitePath));
    else if (type === 'term') {
      const record = termRecord(element, sitePath);
      if (record) records.push(record);
    } else throw new Error(`${sitePath}: unknown data-search-record="${type}"`);
  }
  return records;
}
