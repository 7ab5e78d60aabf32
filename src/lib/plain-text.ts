/**
 * An MDX body as plain Markdown for readers that are not browsers (`/llms-full.txt`): components become the text
 * they stand for, citations a short "(Author et al., year)", figures their caption and description, and widgets
 * with nothing to say in text are left out. Math stays as TeX, which language models read well.
 */

/** How a citation key reads in text, e.g. "(Wang et al., 2023)". */
export type CiteLabel = (key: string) => string;

/** Value of an attribute in a JSX tag's attribute text. */
function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`)
    .exec(attributes)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/** The body as Markdown without JSX. */
export function mdxToText(body: string, cite: CiteLabel): string {
  return (
    body
      .replace(/<Figure\b([^>]*)>([\s\S]*?)<\/Figure>/g, (_, attributes: string, inner: string) => {
        const caption = attribute(attributes, 'caption') ?? '';
        const description = /<desc\b[^>]*>([\s\S]*?)<\/desc>/.exec(inner)?.[1]?.trim();
        return `[Figure: ${caption}${description ? ` ${description}` : ''}]`;
      })
      .replace(/<Cite\b([^>]*?)\/>/g, (_, attributes: string) => cite(attribute(attributes, 'key') ?? ''))
      .replace(/<Callout\b([^>]*)>/g, (_, attributes: string) => {
        const title = attribute(attributes, 'title');
        return title ? `**${title}**` : '';
      })
      // Components that wrap text (<M>, <Term>, <Equation>, </Callout>…) leave their text.
      .replace(/<\/?(?:M|Term|Equation|Callout|Preview)\b[^>]*>/g, '')
      // Widgets drawn from data (<Results />, <SurveyTable />, <ScalingExplorer />) have no text of their own here.
      .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** "(Wang et al., 2023)", "(Lee and Kim, 2024)" or "(Cobbe, 2021)" from a work's surnames and year. */
export function authorYear(surnames: readonly string[], year: number): string {
  const names =
    surnames.length === 1
      ? surnames[0]
      : surnames.length === 2
        ? `${surnames[0]} and ${surnames[1]}`
        : `${surnames[0]} et al.`;
  return `(${names}, ${year})`;
}
