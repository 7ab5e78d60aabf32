/** Every entry's id and title (`/compare/entries.json`): the comparison's picker offers them. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../../data/atlas.ts';

export const GET: APIRoute = async () => {
  const { methods } = await loadAtlas();
  const entries = methods.map((method) => [method.id, method.data.title]);
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
