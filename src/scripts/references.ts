/**
 * The bibliography's filters, by year and by citing chapter. The page arrives as its own complete list, and the
 * script does no work until a reader picks a filter (or opens a URL with one): then it loads every work as data once,
 * lists the matching works in place of the page's own, a page at a time, says how many in the status line and keeps
 * the filter in the URL. Clearing the filters puts the page's list back.
 */
import {
  filterReferences,
  isUnfiltered,
  parseReferenceFilter,
  referenceFilterStatus,
  serializeReferenceFilter,
  type ReferenceFilter,
  type ReferenceRow,
} from '../lib/reference-filter.ts';
import { arxivHref } from '../lib/urls.ts';

const form = document.querySelector<HTMLFormElement>('#reference-filters')!;
const year = form.querySelector<HTMLSelectElement>('select[name="year"]')!;
const chapter = form.querySelector<HTMLSelectElement>('select[name="chapter"]')!;
const status = document.querySelector<HTMLElement>('#reference-status')!;
const list = document.querySelector<HTMLOListElement>('#reference-list')!;
const more = document.querySelector<HTMLButtonElement>('#reference-more')!;
const pager = document.querySelector<HTMLElement>('#references-pager');
const pageSize = Number(form.dataset['pageSize']) || 150;

// The page's own rows, to put back when the filters are cleared.
const original = [...list.children];
const originalStart = list.start;
// The first row is the pattern for rendered rows (its classes and its BibTeX block), so their markup has one source.
const pattern = original[0]?.cloneNode(true) as HTMLLIElement | undefined;
const linkClass = 'text-accent underline underline-offset-2 dark:text-accent-dark';

let rows: Promise<ReferenceRow[]> | undefined;
const loadRows = () =>
  (rows ??= fetch(form.dataset['data']!).then((response) => {
    if (!response.ok) throw new Error(`references data: HTTP ${response.status}`);
    return response.json() as Promise<ReferenceRow[]>;
  }));

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.className = linkClass;
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** The same line as ReferenceItem.astro: authors (year). Title. Venue. arXiv, DOI or a link. */
function itemFor(row: ReferenceRow): HTMLSpanElement {
  const item = document.createElement('span');
  const title = document.createElement('cite');
  title.className = 'font-semibold not-italic';
  title.textContent = row.title;
  item.append(`${row.authors} (${row.year}). `, title, '.');
  if (row.venue) {
    const venue = document.createElement('i');
    venue.textContent = row.venue;
    item.append(' ', venue, '.');
  }
  if (row.arxiv) item.append(' ', link(arxivHref(row.arxiv), `arXiv:${row.arxiv}`));
  if (row.doi) item.append(' ', link(`https://doi.org/${row.doi}`, `doi:${row.doi}`));
  if (row.url && !row.arxiv) item.append(' ', link(row.url, 'Link'));
  return item;
}

function rowFor(row: ReferenceRow): HTMLLIElement {
  const element = pattern!.cloneNode(true) as HTMLLIElement;
  element.id = row.key;
  element.firstElementChild!.replaceWith(itemFor(row));
  const details = element.querySelector('details')!;
  details.open = false;
  const pre = details.querySelector('pre')!;
  pre.id = `bibtex-${row.key}`;
  pre.querySelector('code')!.textContent = row.bibtex;
  details.querySelector('button')!.dataset['copy'] = pre.id;
  return element;
}

let matching: ReferenceRow[] = [];
let shown = 0;

function showMore(): void {
  const next = matching.slice(shown, shown + pageSize);
  list.append(...next.map(rowFor));
  shown += next.length;
  more.hidden = shown >= matching.length;
  more.textContent = `Show ${Math.min(pageSize, matching.length - shown)} more works`;
}

function readForm(): ReferenceFilter {
  return {
    ...(year.value ? { year: Number(year.value) } : {}),
    ...(chapter.value ? { chapter: chapter.value } : {}),
  };
}

function writeForm(filter: ReferenceFilter): void {
  year.value = filter.year === undefined ? '' : String(filter.year);
  chapter.value = filter.chapter ?? '';
  // A value the page does not offer (an old bookmark) leaves the select empty: read back what it shows.
  if (year.selectedIndex < 0) year.value = '';
  if (chapter.selectedIndex < 0) chapter.value = '';
}

let latest = 0;
async function render(filter: ReferenceFilter): Promise<void> {
  history.replaceState(null, '', `${location.pathname}${serializeReferenceFilter(filter)}${location.hash}`);
  if (isUnfiltered(filter)) {
    latest += 1;
    list.replaceChildren(...original);
    list.start = originalStart;
    status.textContent = '';
    more.hidden = true;
    if (pager) pager.hidden = false;
    return;
  }
  const run = (latest += 1);
  const all = await loadRows();
  if (run !== latest) return; // A later change has already taken over.
  matching = filterReferences(all, filter);
  shown = 0;
  list.replaceChildren();
  list.start = 1;
  showMore();
  if (pager) pager.hidden = true;
  // The option's label without its count: "Chapter 3: Learning to reason".
  const chapterTitle = chapter.selectedOptions[0]?.text.replace(/\s*\(\d+\)$/, '');
  status.textContent = `${referenceFilterStatus(matching.length, filter, chapterTitle)}.`;
}

const initial = parseReferenceFilter(location.search);
writeForm(initial);
if (!isUnfiltered(readForm())) void render(readForm());
form.addEventListener('change', () => void render(readForm()));
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', () => setTimeout(() => void render(readForm())));
more.addEventListener('click', showMore);
