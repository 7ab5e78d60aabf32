/**
 * The search page: reads ?q= (and kind, stage, year filters) from the URL, renders the results in rank order
 * into <ol id="search-results">, and keeps the URL in step with the form so a search can be shared.
 */
import { describeCount, parseSearchParams } from '../lib/search.ts';
import { loadPagefind, search } from './pagefind.ts';
import { resultItem } from './render-results.ts';

const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
document.querySelector<HTMLElement>('#search-needs-js')!.hidden = true;
let latest = 0;

function selectedFilters(): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const select of filterBox.querySelectorAll('select')) {
    if (select.value) filters[select.name] = [select.value];
  }
  return filters;
}

function syncUrl(query: string, filters: Record<string, string[]>): void {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  const search = params.toString();
  history.replaceState(null, '', search ? `?${search}` : location.pathname);
}

async function run(): Promise<void> {
  const query = input.value.trim();
  const filters = selectedFilters();
  syncUrl(query, filters);
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const { total, results } = await search(query, filters, 50);
  if (ticket !== latest) return;
  list.replaceChildren(...results.map((result) => resultItem(result, query)));
  status.textContent = describeCount(total, query);
}

async function buildFilters(selected: Record<string, string[]>): Promise<void> {
  const available = await (await loadPagefind()).filters();
  for (const name of ['kind', 'stage', 'year']) {
    const values = Object.keys(available[name] ?? {}).sort();
    if (values.length === 0) continue;
    const label = document.createElement('label');
    label.className = 'flex items-center gap-2';
    label.append(`${name[0]!.toUpperCase()}${name.slice(1)}`);
    const select = document.createElement('select');
    select.name = name;
    select.className = 'rounded border border-rule bg-card px-2 py-1 dark:border-rule-dark dark:bg-card-dark';
    select.append(new Option('Any', ''));
    for (const value of values) select.append(new Option(value, value, false, selected[name]?.includes(value)));
    select.addEventListener('change', () => void run());
    label.append(select);
    filterBox.append(label);
  }
  filterBox.hidden = false;
}

const initial = parseSearchParams(location.search);
input.value = initial.query;
input.addEventListener('input', () => void run());
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
void buildFilters(initial.filters).then(run);
