/**
 * The Content Security Policy as an HTTP header, for hosts that read a `_headers` file (Netlify, Cloudflare Pages
 * and others). Astro writes each page's policy in a meta tag, with the hashes of that page's own scripts; one header
 * for every page must allow what each page allows, so the pages' policies are merged source by source. The header
 * adds what a meta tag cannot carry, such as `frame-ancestors`.
 */

/** A policy as directives and their sources, in the order first seen. */
export type Policy = Map<string, string[]>;

/** "default-src 'self'; img-src 'self' data:" -> Map { default-src => ['self'], img-src => ['self', 'data:'] }. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Every directive of every policy, each with the union of its sources. */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies)
    for (const [name, sources] of policy) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  return merged;
}

/** A policy as header text. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `_headers` file: the merged policy plus `frame-ancestors 'none'` (no page may be framed) and two safe
 * defaults on every path, and a year's immutable caching for the fingerprinted assets under `_astro/` only (every
 * other file keeps its name across builds, so it must be revalidated).
 */
export function headersFile(policies: readonly string[], base: string): string {
  const policy = mergePolicies(policies.map(parsePolicy));
  policy.set('frame-ancestors', ["'none'"]);
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    `${root}*`,
    `  Content-Security-Policy: ${formatPolicy(policy)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
