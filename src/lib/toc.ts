/** The on-page table of contents, built from the headings Astro extracts while rendering. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests h2 and h3 headings into a two-level tree. An h3 before any h2 is kept at the top level rather than
 * dropped, so no heading is missing from the contents.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > minDepth && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
