/** Every work's filter row as data: the bibliography's filters load it on first use to filter from any page. */
import type { APIRoute } from 'astro';
import { chaptersCiting, loadAtlas } from '../../data/atlas.ts';
import { referenceRow } from '../../lib/bibliography.ts';

export const GET: APIRoute = async () => {
  const { referenceList } = await loadAtlas();
  const citedIn = await chaptersCiting();
  const rows = referenceList.map((reference) => referenceRow(reference.data, citedIn.get(reference.id) ?? []));
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
