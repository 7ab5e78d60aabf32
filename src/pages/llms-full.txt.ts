/** /llms-full.txt: the text of every chapter and entry as plain Markdown (src/lib/plain-text.ts), in reading order. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas.ts';
import { authorYear, mdxToText } from '../lib/plain-text.ts';
import { absoluteUrl, chapterPath, methodPath } from '../lib/urls.ts';
import { kindLabel, stageLabel } from '../lib/vocabulary.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () => {
  const { chapters, methods, references } = await loadAtlas();
  const cite = (key: string) => {
    const work = references.get(key)?.data;
    return work ? authorYear(work.surnames, work.year) : `[${key}]`;
  };
  const parts = [
    `# ${SITE.title}\n\n> ${SITE.description}\n\nEvery chapter and entry of ${absoluteUrl('/')}, written for this site. Citations read (Author et al., year); the bibliography is at ${absoluteUrl('/references.bib')}.`,
    ...chapters.map(
      (chapter) =>
        `# ${chapter.data.title}\n\nChapter ${chapter.data.order} · ${absoluteUrl(chapterPath(chapter.id))}\n\n${mdxToText(chapter.body ?? '', cite)}`,
    ),
    ...methods.map(
      (method) =>
        `# ${method.data.title}\n\n${kindLabel(method.data.kind)} · ${stageLabel(method.data.stage)} · ${absoluteUrl(methodPath(method.id))}\n\n${method.data.summary}\n\n${mdxToText(method.body ?? '', cite)}`,
    ),
  ];
  return new Response(`${parts.join('\n\n---\n\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
