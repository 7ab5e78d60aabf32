/**
 * /llms.txt (the llmstxt.org convention): what the site is and a link to every chapter and entry with one line on
 * each, for language-model tools; /llms-full.txt holds the text itself.
 */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas.ts';
import { absoluteUrl, chapterPath, methodPath } from '../lib/urls.ts';
import { kindLabel } from '../lib/vocabulary.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () => {
  const { chapters, methods } = await loadAtlas();
  const lines = [
    `# ${SITE.title}`,
    '',
    `> ${SITE.description} A companion to "${SITE.survey.title}" (${SITE.survey.authors}, arXiv ${SITE.survey.arxiv}); all explanations are written for this site.`,
    '',
    '## Chapters',
    '',
    ...chapters.map(
      (chapter) => `- [${chapter.data.title}](${absoluteUrl(chapterPath(chapter.id))}): ${chapter.data.description}`,
    ),
    '',
    '## Entries',
    '',
    ...methods.map(
      (method) =>
        `- [${method.data.title}](${absoluteUrl(methodPath(method.id))}): ${kindLabel(method.data.kind)}. ${method.data.summary}`,
    ),
    '',
    '## Optional',
    '',
    `- [Full text](${absoluteUrl('/llms-full.txt')}): every chapter and entry as plain Markdown`,
    `- [Entries as data](${absoluteUrl('/methods.json')}): structured data of every entry (schema: ${absoluteUrl('/methods.schema.json')})`,
    `- [Glossary as data](${absoluteUrl('/glossary.json')})`,
    `- [Bibliography](${absoluteUrl('/references.bib')}): every cited work in BibTeX`,
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
