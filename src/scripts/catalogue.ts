/**
 * Brings the catalogue's filters to life. The page arrives as a complete table of its entries, and the script does
 * no work until a reader filters or sorts (or opens a URL that does): then it loads every entry as data once,
 * applies the text filter, facets and sort, renders the matching rows a page at a time, updates the live counts
 * and mirrors the state in the URL so a filtered view can be bookmarked or shared.
 */
import {
  FACETS,
  facetCounts,
  isDefaultState,
  parseCatalogueState,
  rowMatches,
  serializeCatalogueState,
  sortRows,
  type CatalogueEntry,
  type CatalogueState,
  type SortOrder,
} from '../lib/catalogue.ts';

const form = document.querySelector<HTMLFormElement>('#catalogue-filters')!;
const view = document.querySelector<HTMLElement>('#catalogue-view')!;
const body = document.querySelector<HTMLTableSectionElement>('#catalogue tbody')!;
const status = document.querySelector<HTMLElement>('#catalogue-count')!;
const more = document.querySelector<HTMLButtonElement>('#catalogue-more')!;
const pager = document.querySelector<HTMLElement>('#catalogue-pager');
const pageSize = Number(view.dataset['pageSize']) || 150;

// The server's rows, to restore the page as it came when the filters are cleared.
const original = [...body.rows];
const originalStatus = status.textContent ?? '';
// The first server row is the pattern for rendered rows, so their markup has one source.
const pattern = original[0]?.cloneNode(true) as HTMLTableRowElement | undefined;

let entries: Promise<CatalogueEntry[]> | undefined;
const loadEntries = () =>
  (entries ??= fetch(view.dataset['data']!).then((response) => {
    if (!response.ok) throw new Error(`catalogue data: HTTP ${response.status}`);
    return response.json() as Promise<CatalogueEntry[]>;
  }));

function readForm(): CatalogueState {
  const data = new FormData(form);
  const selected = Object.fromEntries(FACETS.map((facet) => [facet, data.getAll(facet).map(String)]));
  return {
    query: String(data.get('q') ?? '').trim(),
    sort: String(data.get('sort') ?? 'name') as SortOrder,
    selected: selected as CatalogueState['selected'],
  };
}

function writeForm(state: CatalogueState): void {
  form.querySelector<HTMLInputElement>('#catalogue-query')!.value = state.query;
  form.querySelector<HTMLSelectElement>('#catalogue-sort')!.value = state.sort;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = state.selected[box.name as (typeof FACETS)[number]]?.includes(box.value) ?? false;
  }
}

function rowFor(entry: CatalogueEntry): HTMLTableRowElement {
  const row = pattern!.cloneNode(true) as HTMLTableRowElement;
  const link = row.querySelector('a')!;
  link.href = entry.href;
  link.textContent = entry.title;
  // The pattern row may or may not carry the mark; each row gets it from its own entry.
  row.querySelector('[data-after-survey]')?.remove();
  if (entry.afterSurvey) {
    const mark = document.createElement('span');
    mark.className = 'block text-xs font-normal text-muted dark:text-muted-dark';
    mark.dataset['afterSurvey'] = '';
    mark.textContent = 'Added after the survey';
    link.after(mark);
  }
  const [kind, stage, year, summary] = row.querySelectorAll('td');
  kind!.textContent = entry.kindLabel;
  stage!.textContent = entry.stageLabel;
  year!.textContent = entry.year ? String(entry.year) : '—';
  summary!.textContent = entry.summary;
  return row;
}

let matching: CatalogueEntry[] = [];
let shown = 0;

function showMore(): void {
  const next = matching.slice(shown, shown + pageSize);
  body.append(...next.map(rowFor));
  shown += next.length;
  more.hidden = shown >= matching.length;
  more.textContent = `Show ${Math.min(pageSize, matching.length - shown)} more entries`;
}

let latest = 0;
async function render(state: CatalogueState): Promise<void> {
  history.replaceState(null, '', `${location.pathname}${serializeCatalogueState(state)}`);
  const run = (latest += 1);
  const all = await loadEntries();
  if (run !== latest) return; // A later change has already taken over.
  const counts = facetCounts(all, state);
  for (const counter of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const [facet, value] = (counter.dataset['count'] ?? '').split(/:(.*)/s) as [(typeof FACETS)[number], string];
    counter.textContent = String(counts[facet].get(value) ?? 0);
  }
  if (isDefaultState(state)) {
    body.replaceChildren(...original);
    status.textContent = originalStatus;
    more.hidden = true;
    if (pager) pager.hidden = false;
    return;
  }
  matching = sortRows(
    all.filter((entry) => rowMatches(entry, state)),
    state.sort,
  );
  shown = 0;
  body.replaceChildren();
  showMore();
  if (pager) pager.hidden = true;
  status.textContent = `${matching.length} of ${all.length} entries`;
}

const initial = parseCatalogueState(location.search);
writeForm(initial);
if (!isDefaultState(initial)) void render(initial);
form.addEventListener('input', () => void render(readForm()));
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', () => setTimeout(() => void render(readForm())));
more.addEventListener('click', showMore);
