/** /methods.schema.json: the JSON Schema of /methods.json, generated from the schema the build validates it with. */
import type { APIRoute } from 'astro';
import { methodsJsonSchema } from '../lib/open-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(methodsJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
