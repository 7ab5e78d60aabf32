/**
 * The search page: reads the query, facet chips and the exact flag from the URL, renders ranked results into
 * <ol id="search-results"> ten at a time (fetching the text of only those shown), and keeps the URL in step so a
 * search can be shared.
 */
import type { Named, QueryPlan } from '../lib/query.ts';
import { describeCount, parseSearchParams, searchQueryString, toggleFilter, type SearchParams } from '../lib/search.ts';
import { withBase } from '../lib/urls.ts';
import { completeItem, correctionNode, fillResult, pendingItem, resultItem } from './render-results.ts';
import {
  detailView,
  FACETS,
  fragmentView,
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
 *
 * The list a page opens with waits for that text anyway, so its results take their titles from it too: they are
 * drawn as pending items, and each is completed from its fragment as it nears the screen (or at once for a reader
 * who moves through the page with Tab). The results below the fold then cost nothing until the reader goes to
 * them. Later lists replace one the reader is watching, so they come with their titles (quickViews) at once.
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
 * Hides the list until the first results on screen are filled, or a second has passed, whichever comes first, and
 * then announces the count. A later run (a chip pressed, a query typed) shows its list at once, so lifting the veil
 * late is always harmless.
 */
function veil(announce: string, ticket: number): void {
  resultsBox.classList.add('invisible');
  const show = () => {
    resultsBox.classList.remove('invisible');
    if (ticket === latest) status.textContent = announce;
  };
  unveil = show;
  setTimeout(show, 1000);
}

/**
 * Appends results, with their quick views or (without `views`) as pending items; each fetches its text once it
 * comes into view.
 */
function appendResults(next: readonly Ranked[], views: readonly ResultView[] | undefined, ticket: number): void {
  if (!outcome) return;
  const { plan, ranked } = outcome;
  const query = state.query;
  const items = next.map((_, index) => (views ? resultItem(views[index]!, query) : pendingItem()));
  list.append(...items);
  shown += next.length;
  more.hidden = shown >= ranked.length;
  next.forEach((item, index) => {
    const element = items[index]!;
    const view = views?.[index];
    pending.set(element, () =>
      view
        ? detailView(item, view, plan).then((detail) => {
            if (ticket === latest) fillResult(element, detail, query);
          })
        : completeFromText(element, item, plan, ticket),
    );
    onScreen.observe(element);
  });
}

/**
 * Completes a pending item from its text. If the text fails, or has not come within a second, the item shows its
 * title (from the docs files) meanwhile.
 */
function completeFromText(element: HTMLLIElement, item: Ranked, plan: QueryPlan, ticket: number): Promise<void> {
  const query = state.query;
  const titleOnly = () =>
    quickViews([item]).then(([title]) => {
      if (ticket === latest && element.hasAttribute('aria-busy')) completeItem(element, title!, query);
    });
  const late = setTimeout(() => void titleOnly(), 1000);
  return fragmentView(item, plan).then(
    (whole) => {
      clearTimeout(late);
      if (ticket === latest) completeItem(element, whole, query);
    },
    () => {
      clearTimeout(late);
      return titleOnly();
    },
  );
}

/** Fetches the text of every result still waiting for it: for a reader who moves through the results with Tab. */
function fillAll(): void {
  for (const [element, fill] of pending) {
    onScreen.unobserve(element);
    void fill();
  }
  pending.clear();
}
addEventListener('keydown', (event) => {
  if (event.key === 'Tab' && list.querySelector('[aria-busy]')) fillAll();
});

const facetTemplate = document.querySelector<HTMLTemplateElement>('#search-facet')!.content.firstElementChild!;
const chipTemplate = document.querySelector<HTMLTemplateElement>('#search-chip')!.content.firstElementChild!;

/** A group of chips per facet with two values or more (or one the reader selected), each with its count. */
function renderChips(facets: SearchOutcome['facets']): void {
  const groups = FACETS.flatMap((facet) => {
    const values = facets[facet] ?? [];
    const selected = state.filters[facet] ?? [];
    // A facet with a single value tells nothing, unless the reader selected it and may want to undo that.
    if (values.length < 2 && selected.length === 0) return [];
    const group = facetTemplate.cloneNode(true) as HTMLElement;
    group.setAttribute('aria-labelledby', `facet-${facet}`);
    const label = group.firstElementChild!;
    label.id = `facet-${facet}`;
    label.textContent = FACET_LABELS[facet] ?? facet;
    const sorted = facet === 'year' ? [...values].sort((a, b) => b[0].localeCompare(a[0])) : values;
    for (const [value, count] of sorted) {
      const chip = chipTemplate.cloneNode(true) as HTMLButtonElement;
      chip.setAttribute('aria-pressed', String(selected.includes(value)));
      chip.dataset['facet'] = facet;
      chip.dataset['value'] = value;
      const [name, number] = chip.children;
      name!.textContent = value;
      number!.textContent = `(${count})`;
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
  // The list the page opens with is veiled until the results on screen have their text: it needs no quick views.
  const opening = ticket === 1 && first.length > 0;
  const views = opening ? undefined : await quickViews(first);
  if (ticket !== latest) return;
  outcome = result;
  shown = 0;
  onScreen.disconnect();
  pending.clear();
  list.replaceChildren();
  renderNotice(result);
  renderChips(result.facets);
  // Only the results the page opens with are veiled: later lists replace ones the reader is already watching.
  const count = describeCount(result.ranked.length, state.query);
  if (opening) veil(count, ticket);
  else {
    unveil = undefined;
    resultsBox.classList.remove('invisible');
  }
  appendResults(first, views, ticket);
  empty.hidden = result.ranked.length > 0;
  renderSuggestions(result.suggestions);
  if (!opening) status.textContent = count;
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
