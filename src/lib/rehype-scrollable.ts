/**
 * A rehype plugin that makes the blocks which scroll sideways on narrow screens (code blocks and display math)
 * reachable by keyboard, so a reader who cannot use a mouse or touch can still scroll them (WCAG 2.1.1).
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function classList(node: HastNode): string[] {
  const value = node.properties?.['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
}

/** Returns the transformer that adds tabindex="0" to <pre> and KaTeX display blocks. */
export function rehypeScrollable() {
  const visit = (node: HastNode): void => {
    if (node.tagName === 'pre' || classList(node).includes('katex-display')) {
      node.properties = { ...node.properties, tabIndex: 0 };
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
