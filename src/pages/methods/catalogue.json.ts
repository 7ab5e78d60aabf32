/** The catalogue's entries as data: the filters load it on first use to search every entry from any page. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/atlas.ts';
import { catalogueEntry } from '../../lib/catalogue-rows.ts';

export const GET: APIRoute = async () => {
  const { methods } = await loadAtlas();
  return new Response(JSON.stringify(methods.map((method) => catalogueEntry({ id: method.id, ...method.data }))), {
    headers: { 'Content-Type': 'application/json' },
  });
};
