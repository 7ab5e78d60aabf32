/**
 * A rehype plugin that prefixes root-relative links written in Markdown ("/methods/grpo/") with the site's base
 * path, so content links keep working when the site is served from a sub-path. Components build their links
 * through src/lib/urls.ts; this covers the links authors type.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const LINK_PROPERTIES: Record<string, string> = { a: 'href', img: 'src' };

/** Returns the transformer that rewrites root-relative href/src values under `base` ("/atlas/"). */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const rewrite = (node: HastNode): void => {
    const property = node.tagName ? LINK_PROPERTIES[node.tagName] : undefined;
    const value = property ? node.properties?.[property] : undefined;
    if (property && typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
      if (base !== '/' && !value.startsWith(base)) node.properties![property] = base + value.slice(1);
    }
    node.children?.forEach(rewrite);
  };
  return (tree: HastNode) => rewrite(tree);
}
