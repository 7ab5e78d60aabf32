/**
 * The search dialog's behaviour: live results as the reader types, arrow keys between results, Enter to open,
 * Escape to close (native to <dialog>), and the count announced to screen readers.
 */
import { describeCount } from '../lib/search.ts';
import { loadPagefind, search } from './pagefind.ts';
import { resultItem } from './render-results.ts';

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('#search-dialog-input')!;
const status = dialog.querySelector<HTMLElement>('#search-dialog-status')!;
const list = dialog.querySelector<HTMLOListElement>('#search-dialog-results')!;
let latest = 0;

async function update(): Promise<void> {
  const query = input.value.trim();
  const ticket = ++latest;
  if (!query) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  // Each result shown costs a fetch of its page's fragment; five fit the dialog and keep a first search light.
  const { total, results } = await search(query, {}, 5);
  if (ticket !== latest) return; // A newer keystroke has started its own search.
  list.replaceChildren(...results.map((result) => resultItem(result, query)));
  status.textContent = describeCount(total, query);
}

function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>(':scope > li > a')];
}

input.addEventListener('input', () => void update());
// In a search field the browser's first Escape only clears the text; here Escape always closes the dialog.
input.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    dialog.close();
  }
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
  void loadPagefind();
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}
