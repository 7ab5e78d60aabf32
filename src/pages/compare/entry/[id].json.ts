/**
 * What the comparison page shows of one entry (`/compare/entry/<id>.json`), fetched only for the entries a reader
 * compares. The key equation is rendered here by KaTeX, as the entry page renders it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import katex from 'katex';
import { loadAtlas, type Method } from '../../../data/atlas.ts';
import type { CompareEntry } from '../../../lib/compare.ts';
import { compareReports, supervisionLabel } from '../../../lib/compare-entry.ts';
import { equationTex } from '../../../lib/mdx-refs.ts';
import { monthLabel } from '../../../lib/timeline.ts';
import { mapStageHref, methodHref } from '../../../lib/urls.ts';
import { kindLabel, relationLabel, stageLabel } from '../../../lib/vocabulary.ts';

export const getStaticPaths = (async () => {
  const { methods } = await loadAtlas();
  return methods.map((method) => ({ params: { id: method.id }, props: { method } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ method: Method }> = async ({ props: { method } }) => {
  const { methodsById, connections } = await loadAtlas();
  const data = method.data;
  const titleOf = (id: string) => methodsById.get(id)?.data.title;
  const tex = data.keyEquation ? equationTex(method.body ?? '', data.keyEquation) : undefined;
  const entry: CompareEntry = {
    id: method.id,
    title: data.title,
    href: methodHref(method.id),
    summary: data.summary,
    kind: kindLabel(data.kind),
    stage: stageLabel(data.stage),
    stageHref: mapStageHref(data.stage),
    supervision: data.supervision ? supervisionLabel(data.supervision) : undefined,
    published: [data.published ? monthLabel(data.published) : data.year, data.venue].filter(Boolean).join(' · '),
    needs: data.needs,
    equation:
      tex === undefined
        ? undefined
        : {
            html: katex.renderToString(tex, { displayMode: true, output: 'htmlAndMathml', strict: 'error' }),
            href: `${methodHref(method.id)}#${data.keyEquation}`,
          },
    ...compareReports(
      data.results.map((result) => ({ ...result, benchmark: result.benchmark?.id })),
      titleOf,
      methodHref,
    ),
    links: (connections.get(method.id) ?? []).flatMap((connection) => {
      const title = titleOf(connection.entry);
      return title
        ? [
            {
              ...connection,
              id: connection.entry,
              title,
              href: methodHref(connection.entry),
              label: relationLabel(connection.relation, connection.direction),
            },
          ]
        : [];
    }),
  };
  return new Response(JSON.stringify(entry), { headers: { 'Content-Type': 'application/json' } });
};
