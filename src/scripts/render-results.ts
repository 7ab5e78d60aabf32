/** Builds result list items with DOM APIs only: result text is never parsed as HTML. */
import type { Segment } from '../lib/query.ts';
import { withBase } from '../lib/urls.ts';
import type { ResultView } from './search-engine.ts';

const LABEL =
  'ml-2 rounded border border-rule px-1.5 py-0.5 align-middle text-xs text-muted dark:border-rule-dark dark:text-muted-dark';

/** A paragraph of excerpt text with the query's words in <mark>. */
export function segmentsNode(segments: readonly Segment[], className: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = className;
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      paragraph.append(mark);
    } else paragraph.append(segment.text);
  }
  return paragraph;
}

/** A site path with the query attached, so the page it opens can highlight the words. */
export function resultHref(sitePath: string, query: string): string {
  const [path, fragment] = sitePath.split('#');
  return `${withBase(path!)}?highlight=${encodeURIComponent(query)}${fragment ? `#${fragment}` : ''}`;
}

/**
 * One <li> per result: its link first, its type, then (filled in by fillResult) an excerpt and up to three
 * matching sections.
 */
export function resultItem(result: ResultView, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-b border-rule py-3 dark:border-rule-dark';
  const link = document.createElement('a');
  link.href = resultHref(result.url, query);
  link.className = 'font-semibold text-accent hover:underline dark:text-accent-dark';
  link.textContent = result.title;
  item.append(link);
  if (result.bestBet) {
    const label = document.createElement('span');
    label.className =
      'ml-2 rounded bg-accent px-1.5 py-0.5 align-middle text-xs text-white dark:bg-accent-dark dark:text-paper-dark';
    label.textContent = 'Best match';
    item.append(label);
  }
  const kind = document.createElement('span');
  kind.className = LABEL;
  kind.textContent = result.kind;
  item.append(kind);
  if (result.context) {
    const context = document.createElement('p');
    context.className = 'text-xs text-muted dark:text-muted-dark';
    context.textContent = `in ${result.context}`;
    item.append(context);
  }
  // The excerpt arrives with the result's text (fillResult); its line is kept so nothing moves when it does.
  const excerpt = segmentsNode(result.excerpt, 'mt-1 min-h-10 text-sm text-muted dark:text-muted-dark');
  excerpt.dataset['excerpt'] = '';
  item.append(excerpt);
  appendSubResults(item, result, query);
  return item;
}

/**
 * A result whose title and text are still on their way: it holds the result's place in the list until
 * completeItem fills it.
 */
export function pendingItem(): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-b border-rule py-3 dark:border-rule-dark';
  item.setAttribute('aria-busy', 'true');
  const title = document.createElement('span');
  title.className = 'font-semibold text-muted dark:text-muted-dark';
  title.textContent = 'Loading…';
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 min-h-10';
  item.append(title, excerpt);
  return item;
}

/** Turns a pending item (or a result shown with its title only) into the result `result`, in place. */
export function completeItem(item: HTMLLIElement, result: ResultView, query: string): void {
  item.replaceChildren(...resultItem(result, query).childNodes);
  item.removeAttribute('aria-busy');
}

/** Completes a result item with its excerpt and matching sections once its text has been fetched. */
export function fillResult(item: HTMLLIElement, result: ResultView, query: string): void {
  item
    .querySelector('[data-excerpt]')
    ?.replaceWith(segmentsNode(result.excerpt, 'mt-1 min-h-10 text-sm text-muted dark:text-muted-dark'));
  appendSubResults(item, result, query);
}

function appendSubResults(item: HTMLLIElement, result: ResultView, query: string): void {
  if (result.subResults.length > 0) {
    const list = document.createElement('ul');
    list.className = 'mt-1 ml-4 space-y-1 text-sm';
    for (const sub of result.subResults) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = resultHref(sub.url, query);
      subLink.className = 'text-accent hover:underline dark:text-accent-dark';
      subLink.textContent = `§ ${sub.title}`;
      subItem.append(subLink);
      list.append(subItem);
    }
    item.append(list);
  }
}

/** "Showing results for X · Search instead for Y", when words of the query were corrected. */
export function correctionNode(corrected: string, typed: string, searchInstead: HTMLElement): HTMLElement {
  const line = document.createElement('p');
  line.className = 'text-sm';
  line.id = 'search-correction';
  const shown = document.createElement('em');
  shown.textContent = corrected;
  line.append('Showing results for ', shown, ' · ');
  searchInstead.textContent = '';
  searchInstead.append('search instead for ');
  const original = document.createElement('em');
  original.textContent = typed;
  searchInstead.append(original);
  line.append(searchInstead);
  return line;
}
