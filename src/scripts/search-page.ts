/**
 * The search page: reads the query, facet chips and the exact flag from the URL, renders ranked results into
 * <ol id="search-results"> ten at a time (fetching the text of only those shown), and keeps the URL in step so a
 * search can be shared.
 */
import type { Named } from '../lib/query.ts';
import { describeCount, parseSearchParams, searchQueryString, toggleFilter, type SearchParams } from '../lib/search.ts';
import { withBase } from '../lib/urls.ts';
import { correctionNode, fillResult, resultItem } from './render-results.ts';
import {
  detailView,
  FACETS,
  quickViews,
  runSearch,
  type Ranked,
  type ResultView,
  type SearchOutcome,
} from './search-engine.ts';

const PAGE_SIZE = 10;
const FACET_LABELS: Record<string, string> = { kind: 'Type', stage: 'Stage', year: 'Year', chapter: 'Chapter' };

const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const notice = document.querySelector<HTMLElement>('#search-notice')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const resultsBox = document.querySelector<HTMLElement>('#search-results-box')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
const suggestions = document.querySelector<HTMLElement>('#search-suggestions')!;

let state: SearchParams = parseSearchParams(location.search);
let latest = 0;
let outcome: SearchOutcome | undefined;
let shown = 0;

function syncUrl(): void {
  history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
}

/**
 * Each result shown fetches its text (for the excerpt and matching sections) once it comes into view, so a query
 * costs the fragments of the results on screen, not of all ten. A new list stays invisible (it holds its place)
 * until the results on screen are complete, so the excerpts arriving never push the results below them down.
 */
const pending = new Map<Element, () => Promise<void>>();
let unveil: (() => void) | undefined;
const onScreen = new IntersectionObserver(
  (changes) => {
    const filling: Promise<void>[] = [];
    for (const change of changes) {
      if (!change.isIntersecting) continue;
      onScreen.unobserve(change.target);
      const fill = pending.get(change.target);
      pending.delete(change.target);
      if (fill) filling.push(fill());
    }
    if (unveil) {
      const show = unveil;
      unveil = undefined;
      void Promise.allSettled(filling).then(show);
    }
  },
  { rootMargin: '0px 0px 200px 0px' },
);

/**
 * Hides the list until the first results on screen are filled, or a second has passed, whichever comes first. A
 * later run (a chip pressed, a query typed) shows its list at once, so lifting the veil late is always harmless.
 */
function veil(): void {
  resultsBox.classList.add('invisible');
  const show = () => resultsBox.classList.remove('invisible');
  unveil = show;
  setTimeout(show, 1000);
}

/** Appends results with their quick views; each fetches its text once it comes into view. */
function appendResults(next: readonly Ranked[], views: readonly ResultView[], ticket: number): void {
  if (!outcome) return;
  const { plan, ranked } = outcome;
  const items = views.map((view) => resultItem(view, state.query));
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= ranked.length;
  next.forEach((item, index) => {
    const element = items[index]!;
    pending.set(element, () =>
      detailView(item, views[index]!, plan).then((view) => {
        if (ticket === latest) fillResult(element, view, state.query);
      }),
    );
    onScreen.observe(element);
  });
}

function renderChips(facets: SearchOutcome['facets']): void {
  const groups = FACETS.flatMap((facet) => {
    const values = facets[facet] ?? [];
    const selected = state.filters[facet] ?? [];
    // A facet with a single value tells nothing, unless the reader selected it and may want to undo that.
    if (values.length < 2 && selected.length === 0) return [];
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', `facet-${facet}`);
    group.className = 'flex flex-wrap items-center gap-1.5';
    const label = document.createElement('span');
    label.id = `facet-${facet}`;
    label.className = 'mr-1 w-16 text-xs font-semibold text-muted uppercase dark:text-muted-dark';
    label.textContent = FACET_LABELS[facet] ?? facet;
    group.append(label);
    const sorted = facet === 'year' ? [...values].sort((a, b) => b[0].localeCompare(a[0])) : values;
    for (const [value, count] of sorted) {
      const chip = document.createElement('button');
      chip.type = 'button';
      const pressed = selected.includes(value);
      chip.setAttribute('aria-pressed', String(pressed));
      chip.dataset['facet'] = facet;
      chip.dataset['value'] = value;
      chip.className =
        'min-h-6 rounded-full border px-2.5 py-0.5 text-xs ' +
        (pressed
          ? 'border-accent bg-accent text-white dark:border-accent-dark dark:bg-accent-dark dark:text-paper-dark'
          : 'border-rule dark:border-rule-dark');
      chip.textContent = `${value} `;
      const number = document.createElement('span');
      number.className = 'tabular-nums opacity-75';
      number.textContent = `(${count})`;
      chip.append(number);
      chip.addEventListener('click', () => {
        state = { ...state, filters: toggleFilter(state.filters, facet, value) };
        void run().then(() => filterBox.querySelector<HTMLElement>(chipSelector(facet, value))?.focus());
      });
      group.append(chip);
    }
    return [group];
  });
  filterBox.replaceChildren(...groups);
  filterBox.hidden = groups.length === 0;
}

const chipSelector = (facet: string, value: string) =>
  `button[data-facet="${CSS.escape(facet)}"][data-value="${CSS.escape(value)}"]`;

function renderNotice(result: SearchOutcome): void {
  notice.replaceChildren();
  if (!result.plan.corrected) return;
  const instead = document.createElement('a');
  instead.href = `${location.pathname}${searchQueryString({ ...state, exact: true })}`;
  instead.className = 'text-accent underline dark:text-accent-dark';
  instead.addEventListener('click', (event) => {
    event.preventDefault();
    state = { ...state, exact: true };
    void run();
  });
  notice.append(correctionNode(result.plan.corrected, state.query, instead));
}

function renderSuggestions(names: readonly Named[]): void {
  suggestions.replaceChildren();
  if (names.length === 0) return;
  suggestions.append('Closest names: ');
  names.forEach((named, index) => {
    if (index > 0) suggestions.append(', ');
    const link = document.createElement('a');
    link.href = withBase(named.url);
    link.className = 'text-accent underline dark:text-accent-dark';
    link.textContent = named.title;
    suggestions.append(link);
  });
}

async function run(): Promise<void> {
  state = { ...state, query: input.value.trim() };
  syncUrl();
  const ticket = ++latest;
  if (!state.query) {
    list.replaceChildren();
    notice.replaceChildren();
    filterBox.hidden = true;
    more.hidden = true;
    empty.hidden = true;
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const result = await runSearch(state.query, { filters: state.filters, correct: !state.exact });
  if (ticket !== latest) return;
  const first = result.ranked.slice(0, PAGE_SIZE);
  const views = await quickViews(first);
  if (ticket !== latest) return;
  outcome = result;
  shown = 0;
  onScreen.disconnect();
  pending.clear();
  list.replaceChildren();
  renderNotice(result);
  renderChips(result.facets);
  // Only the results the page opens with are veiled: later lists replace ones the reader is already watching.
  if (ticket === 1 && result.ranked.length > 0) veil();
  else {
    unveil = undefined;
    resultsBox.classList.remove('invisible');
  }
  appendResults(first, views, ticket);
  empty.hidden = result.ranked.length > 0;
  renderSuggestions(result.suggestions);
  status.textContent = describeCount(result.ranked.length, state.query);
}

input.value = state.query;
input.addEventListener('input', () => {
  // A new query is corrected again, even after "search instead for" on the previous one.
  state = { ...state, exact: false };
  void run();
});
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
more.addEventListener('click', () => {
  if (!outcome || more.disabled) return;
  const ticket = latest;
  const first = shown;
  const next = outcome.ranked.slice(first, first + PAGE_SIZE);
  more.disabled = true;
  void quickViews(next).then((views) => {
    more.disabled = false;
    if (ticket !== latest) return;
    appendResults(next, views, ticket);
    list.children[first]?.querySelector('a')?.focus();
  });
});
void run();
