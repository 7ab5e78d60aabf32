/**
 * Brings the catalogue's filters to life: applies the text filter, facets and sort to the table rows, updates
 * the live counts, and mirrors the state in the URL so a filtered view can be bookmarked or shared.
 */
import {
  FACETS,
  facetCounts,
  parseCatalogueState,
  rowMatches,
  serializeCatalogueState,
  sortRows,
  type CatalogueRow,
  type CatalogueState,
  type SortOrder,
} from '../lib/catalogue.ts';

const form = document.querySelector<HTMLFormElement>('#catalogue-filters')!;
const body = document.querySelector<HTMLTableSectionElement>('#catalogue tbody')!;
const status = document.querySelector<HTMLElement>('#catalogue-count')!;

const rows = [...body.rows].map((element) => {
  const data = element.dataset;
  const split = (value: string | undefined) => (value ? value.split(' ') : []);
  const row: CatalogueRow & { element: HTMLTableRowElement } = {
    element,
    id: data['id'] ?? '',
    title: data['title'] ?? '',
    text: data['text'] ?? '',
    year: data['year'] ? Number(data['year']) : undefined,
    values: {
      kind: split(data['kind']),
      stage: split(data['stage']),
      tag: split(data['tag']),
      supervision: split(data['supervision']),
      year: split(data['year']),
    },
  };
  return row;
});

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

function render(state: CatalogueState): void {
  const sorted = sortRows(rows, state.sort);
  let visible = 0;
  for (const row of sorted) {
    row.element.hidden = !rowMatches(row, state);
    if (!row.element.hidden) visible += 1;
  }
  body.append(...sorted.map((row) => row.element));
  const counts = facetCounts(rows, state);
  for (const counter of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const [facet, value] = (counter.dataset['count'] ?? '').split(/:(.*)/s) as [(typeof FACETS)[number], string];
    counter.textContent = String(counts[facet].get(value) ?? 0);
  }
  status.textContent = `${visible} of ${rows.length} entries`;
  history.replaceState(null, '', `${location.pathname}${serializeCatalogueState(state)}`);
}

writeForm(parseCatalogueState(location.search));
form.hidden = false;
form.addEventListener('input', () => render(readForm()));
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('reset', () => setTimeout(() => render(readForm())));
render(readForm());
