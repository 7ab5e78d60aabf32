/**
 * Counts the words of explanation in an MDX body: prose only, without markup, math, code or inline SVG, so a
 * length rule measures what a reader actually reads.
 */
export function countProseWords(body: string): number {
  const prose = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#|*`_>-]+/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The least length of an entry's body by kind: benchmarks and datasets are shorter by nature. */
export function minimumWords(kind: string): number {
  return kind === 'benchmark' || kind === 'dataset' ? 180 : 300;
}
