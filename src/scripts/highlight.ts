/**
 * Highlights the search query on the page a result opened (?highlight=…), inside the page's main text only, and
 * brings the first match into view when the link did not point at a heading. Text is split with DOM APIs, never
 * parsed as HTML.
 */
import { highlightRanges, highlightTerms } from '../lib/highlight.ts';

const query = new URLSearchParams(location.search).get('highlight');
const root = document.querySelector('[data-search-record] .prose-atlas');
if (query && root) {
  const terms = highlightTerms(query);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Math, code and preview cards are left alone: marks inside them would break their layout.
    acceptNode: (node) =>
      node.parentElement?.closest('.katex, pre, code, .preview-card, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    const ranges = highlightRanges(text, terms);
    if (ranges.length === 0) continue;
    const parts: Node[] = [];
    let cursor = 0;
    for (const [start, end] of ranges) {
      parts.push(document.createTextNode(text.slice(cursor, start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      parts.push(mark);
      cursor = end;
    }
    parts.push(document.createTextNode(text.slice(cursor)));
    node.replaceWith(...parts);
  }
  if (!location.hash) root.querySelector('mark')?.scrollIntoView({ block: 'center' });
}
