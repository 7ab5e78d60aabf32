/**
 * Reads what an MDX body refers to: citations, entry links, glossary terms, numbered figures and equations, and
 * plain links. The build uses it to validate references, to number citations, figures and equations in the
 * order a reader meets them, and to derive which chapters discuss which entries.
 */

/** Everything one page body refers to, each list in order of first appearance and without repeats. */
export interface BodyRefs {
  cites: string[];
  entries: string[];
  terms: string[];
  figures: string[];
  equations: string[];
  /** Site-internal link targets written as Markdown links or href attributes ("/methods/grpo/"). */
  links: string[];
  /** Names of the survey tables the body renders with <SurveyTable name>. */
  tables: string[];
}

/** Drops fenced code blocks and inline code, where component-like text is an example, not a component. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function uniqueMatches(text: string, pattern: RegExp): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const value = match[1];
    if (value !== undefined) seen.add(value);
  }
  return [...seen];
}

/** Attribute value of `name` in a JSX tag written with single or double quotes. */
function attributePattern(tag: string, name: string): RegExp {
  return new RegExp(`<${tag}\\b[^>]*?\\b${name}=["']([^"']+)["']`, 'g');
}

/** Collects the references in an MDX body. */
export function extractBodyRefs(body: string): BodyRefs {
  const text = withoutCode(body);
  const markdownLinks = uniqueMatches(text, /\]\((\/[^)\s]*)\)/g);
  const hrefs = uniqueMatches(text, /\bhref=["'](\/[^"']*)["']/g);
  return {
    cites: uniqueMatches(text, attributePattern('Cite', 'key')),
    entries: uniqueMatches(text, attributePattern('M', 'id')),
    terms: uniqueMatches(text, attributePattern('Term', 'id')),
    figures: uniqueMatches(text, attributePattern('Figure', 'id')),
    equations: uniqueMatches(text, attributePattern('Equation', 'id')),
    links: [...new Set([...markdownLinks, ...hrefs])],
    tables: uniqueMatches(text, attributePattern('SurveyTable', 'name')),
  };
}

/** 1-based position of each value in a list, for "[3]", "Figure 2", "(4)". */
export function numberInOrder(values: readonly string[]): Map<string, number> {
  return new Map(values.map((value, index) => [value, index + 1]));
}

/** Figure and equation ids that occur more than once in a body (each must be a unique anchor). */
export function duplicateAnchorIds(body: string): string[] {
  const text = withoutCode(body);
  const counts = new Map<string, number>();
  for (const tag of ['Figure', 'Equation']) {
    for (const match of text.matchAll(attributePattern(tag, 'id'))) {
      const id = match[1] ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
}

/**
 * The TeX of the display math inside `<Equation id="…">` in a body (what stands between its `$$` fences), or
 * undefined when the body has no such equation; lets a page show an entry's key equation beside other entries'.
 */
export function equationTex(body: string, id: string): string | undefined {
  const text = withoutCode(body);
  for (const match of text.matchAll(/<Equation\b[^>]*?\bid=["']([^"']+)["'][^>]*>([\s\S]*?)<\/Equation>/g)) {
    if (match[1] !== id) continue;
    const tex = /\$\$([\s\S]+?)\$\$/.exec(match[2] ?? '')?.[1]?.trim();
    if (tex) return tex;
  }
  return undefined;
}
