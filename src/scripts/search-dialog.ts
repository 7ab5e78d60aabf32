/**
 * The search dialog's behaviour: live results as the reader types, arrow keys between results, Enter to open,
 * Escape to close, the count announced to screen readers, and recent searches kept in this browser only.
 */
import { describeCount, rememberSearch, searchQueryString } from '../lib/search.ts';
import { routeHref } from '../lib/urls.ts';
import { correctionNode, fillResult, resultItem } from './render-results.ts';
import { detailView, loadEngine, quickViews, runSearch } from './search-engine.ts';

const RESULTS_SHOWN = 5;
const RECENT_KEY = 'atlas-recent-searches';

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('#search-dialog-input')!;
const status = dialog.querySelector<HTMLElement>('#search-dialog-status')!;
const notice = dialog.querySelector<HTMLElement>('#search-dialog-notice')!;
const list = dialog.querySelector<HTMLOListElement>('#search-dialog-results')!;
const recentBox = dialog.querySelector<HTMLElement>('#search-dialog-recent')!;
let latest = 0;
let exact = false;

function readRecent(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return []; // Storage may be disabled or hold something else; recent searches are a convenience.
  }
}

function writeRecent(items: readonly string[]): void {
  try {
    if (items.length > 0) localStorage.setItem(RECENT_KEY, JSON.stringify(items));
    else localStorage.removeItem(RECENT_KEY);
  } catch {
    // Nothing to do: without storage the list is simply not kept.
  }
}

function renderRecent(): void {
  const items = readRecent();
  const show = !input.value.trim() && items.length > 0;
  recentBox.hidden = !show;
  if (!show) return;
  recentBox.querySelector('ul')!.replaceChildren(
    ...items.map((item) => {
      const entry = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${routeHref('search')}${searchQueryString({ query: item, filters: {}, exact: false })}`;
      link.className = 'text-accent hover:underline dark:text-accent-dark';
      link.textContent = item;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = item;
        input.focus();
        void update();
      });
      entry.append(link);
      return entry;
    }),
  );
}

async function update(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  renderRecent();
  if (!query) {
    list.replaceChildren();
    notice.replaceChildren();
    status.textContent = '';
    return;
  }
  const outcome = await runSearch(query, { correct: !exact });
  if (ticket !== latest) return; // A newer keystroke has started its own search.
  const shown = outcome.ranked.slice(0, RESULTS_SHOWN);
  const views = await quickViews(shown);
  if (ticket !== latest) return;
  const items = views.map((view) => resultItem(view, query));
  list.replaceChildren(...items);
  // Excerpts follow as each result's text arrives; only the results shown are fetched.
  shown.forEach(
    (item, index) =>
      void detailView(item, views[index]!, outcome.plan).then((view) => {
        if (ticket === latest) fillResult(items[index]!, view, query);
      }),
  );
  notice.replaceChildren();
  if (outcome.plan.corrected) {
    const instead = document.createElement('button');
    instead.type = 'button';
    instead.className = 'text-accent underline dark:text-accent-dark';
    instead.addEventListener('click', () => {
      exact = true;
      void update();
      input.focus();
    });
    notice.append(correctionNode(outcome.plan.corrected, query, instead));
  }
  status.textContent = describeCount(outcome.ranked.length, query);
}

function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')];
}

input.addEventListener('input', () => {
  exact = false;
  void update();
});
// In a search field the browser's first Escape only clears the text; here Escape always closes the dialog.
input.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    dialog.close();
  }
});
input.form?.addEventListener('submit', () => writeRecent(rememberSearch(readRecent(), input.value)));
// Opening a result (click or Enter) counts as a search worth remembering.
list.addEventListener('click', (event) => {
  if ((event.target as Element | null)?.closest('a')) writeRecent(rememberSearch(readRecent(), input.value));
});
recentBox.querySelector('[data-search-clear]')?.addEventListener('click', () => {
  writeRecent([]);
  renderRecent();
  input.focus();
});
dialog.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = resultLinks();
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const step = event.key === 'ArrowDown' ? 1 : -1;
  const next = index + step;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});
dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close(); // A click on the backdrop.
});

/** Opens the dialog with the input focused, and starts loading the index. */
export function openSearch(): void {
  void loadEngine();
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  renderRecent();
}
