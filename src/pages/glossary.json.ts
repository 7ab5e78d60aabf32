/** /glossary.json: every term with its definition, its URL and the entry that treats it (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas.ts';
import { compact, glossaryFile, OPEN_DATA_VERSION } from '../lib/open-data.ts';
import { absoluteUrl, methodPath, termAnchor } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { glossary } = await loadAtlas();
  const terms = glossary.map((term) =>
    compact({
      id: term.id,
      term: term.data.term,
      definition: term.data.definition,
      url: `${absoluteUrl('/glossary/')}#${termAnchor(term.id)}`,
      entry: term.data.entry ? absoluteUrl(methodPath(term.data.entry.id)) : undefined,
    }),
  );
  const file = glossaryFile.parse({ version: OPEN_DATA_VERSION, site: absoluteUrl('/'), count: terms.length, terms });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
