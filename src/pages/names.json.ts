/**
 * The name table search uses for best bets: every entry's normalised title and aliases, with what a result needs
 * to be shown. Loaded with Pagefind, on intent.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas.ts';
import { namedEntry } from '../lib/aliases.ts';
import { methodHref } from '../lib/urls.ts';
import { kindLabel } from '../lib/vocabulary.ts';

export const GET: APIRoute = async () => {
  const { methods } = await loadAtlas();
  const entries = methods.map((method) =>
    namedEntry(
      {
        id: method.id,
        title: method.data.title,
        kind: kindLabel(method.data.kind),
        summary: method.data.summary,
        url: methodHref(method.id),
      },
      method.data.aliases,
    ),
  );
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
