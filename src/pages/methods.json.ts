/** /methods.json: every entry's structured data and URL (src/lib/open-data.ts is the schema; README documents it). */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas.ts';
import { equationTex } from '../lib/mdx-refs.ts';
import { compact, methodsFile, OPEN_DATA_VERSION } from '../lib/open-data.ts';
import { absoluteUrl, methodPath } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { methods, references } = await loadAtlas();
  const entries = methods.map((method) => {
    const {
      draft: _draft,
      paper,
      related,
      results,
      keyEquation,
      surveyTables: _tables,
      milestone: _milestone,
      ...data
    } = method.data;
    const reference = paper ? references.get(paper)?.data : undefined;
    return compact({
      id: method.id,
      url: absoluteUrl(methodPath(method.id)),
      ...data,
      paper: reference && {
        key: reference.key,
        title: reference.title,
        authors: reference.authors,
        year: reference.year,
        arxiv: reference.arxiv,
        url: reference.url,
      },
      keyEquation: keyEquation ? equationTex(method.body ?? '', keyEquation) : undefined,
      related: related.map(({ entry, relation }) => ({ entry: entry.id, relation })),
      results: results.map((result) => ({ ...result, benchmark: result.benchmark?.id })),
    });
  });
  // Written only if it follows its published schema: a reader can rely on it.
  const file = methodsFile.parse({
    version: OPEN_DATA_VERSION,
    site: absoluteUrl('/'),
    count: entries.length,
    entries,
  });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
