/**
 * The sharing cards (`/cards/chapters/<slug>.png`, `/cards/methods/<slug>.png`, `/cards/site.png`), rendered at
 * build time: one per chapter and entry, one for every other page (src/lib/urls.ts socialCardPath).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../../public/favicon.svg?raw';
import { loadAtlas } from '../../data/atlas.ts';
import { renderCard } from '../../images/render.ts';
import { chapterCard, entryCard, siteCard, socialCardParam, type CardInput } from '../../lib/social-card.ts';
import { chapterPath, methodPath } from '../../lib/urls.ts';
import { SITE } from '../../site.ts';

const site = {
  siteName: SITE.title,
  arxiv: SITE.survey.arxiv,
  mark: `data:image/svg+xml;base64,${Buffer.from(favicon).toString('base64')}`,
};

export const getStaticPaths = (async () => {
  const { chapters, methods } = await loadAtlas();
  const cards: { path?: string; input: CardInput }[] = [
    { input: siteCard(SITE.description, site) },
    ...chapters.map((chapter) => ({ path: chapterPath(chapter.id), input: chapterCard(chapter.data, site) })),
    ...methods.map((method) => ({ path: methodPath(method.id), input: entryCard(method.data, site) })),
  ];
  return cards.map(({ path, input }) => ({ params: { card: socialCardParam(path) }, props: { input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ input: CardInput }, { card: string }> = async ({ params, props }) => {
  const png = await renderCard(params.card.replace('/', '-'), props.input);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
