/** Builds result list items with DOM APIs only: result text is never parsed as HTML. */
import { excerptSegments } from '../lib/search.ts';
import type { PagefindResultData } from './pagefind.ts';

function excerptNode(excerpt: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'mt-1 text-sm text-muted dark:text-muted-dark';
  for (const segment of excerptSegments(excerpt)) {
    const node = segment.mark ? document.createElement('mark') : document.createTextNode(segment.text);
    if (segment.mark) node.textContent = segment.text;
    paragraph.append(node);
  }
  return paragraph;
}

/** Adds the query to a result link so the page it opens can highlight it. */
function withHighlight(url: string, query: string): string {
  const [path, fragment] = url.split('#');
  return `${path}?highlight=${encodeURIComponent(query)}${fragment ? `#${fragment}` : ''}`;
}

/** One <li> per result: its link first, a type label, an excerpt and up to three sub-results. */
export function resultItem(result: PagefindResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-b border-rule py-3 dark:border-rule-dark';
  const link = document.createElement('a');
  link.href = withHighlight(result.url, query);
  link.className = 'font-semibold text-accent hover:underline dark:text-accent-dark';
  link.textContent = result.meta['title'] ?? result.url;
  item.append(link);
  if (result.bestBet) {
    const label = document.createElement('span');
    label.className =
      'ml-2 rounded bg-accent px-1.5 py-0.5 align-middle text-xs text-white dark:bg-accent-dark dark:text-paper-dark';
    label.textContent = 'Best match';
    item.append(label);
  }
  const kind = result.meta['kind'];
  if (kind) {
    const label = document.createElement('span');
    label.className =
      'ml-2 rounded border border-rule px-1.5 py-0.5 align-middle text-xs text-muted dark:border-rule-dark dark:text-muted-dark';
    label.textContent = kind;
    item.append(label);
  }
  item.append(excerptNode(result.excerpt));
  const subResults = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, 3);
  if (subResults.length > 0) {
    const list = document.createElement('ul');
    list.className = 'mt-1 ml-4 space-y-1 text-sm';
    for (const sub of subResults) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = withHighlight(sub.url, query);
      subLink.className = 'text-accent hover:underline dark:text-accent-dark';
      subLink.textContent = `§ ${sub.title}`;
      subItem.append(subLink);
      list.append(subItem);
    }
    item.append(list);
  }
  return item;
}
