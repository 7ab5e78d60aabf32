/** Every work in the bibliography as one BibTeX file, sorted by key; /references/ links to it for download. */
import type { APIRoute } from 'astro';
import { loadAtlas } from '../data/atlas.ts';
import { bibliographyFile } from '../lib/bibliography.ts';
import { absoluteUrl, staticPath } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () => {
  const { referenceList } = await loadAtlas();
  const header = `Every work cited in ${SITE.title} (${absoluteUrl(staticPath('references'))}), by citation key.`;
  return new Response(
    bibliographyFile(
      referenceList.map((reference) => reference.data),
      header,
    ),
    {
      headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
    },
  );
};
