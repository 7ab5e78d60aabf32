/**
 * Which pages the browser sweeps visit. Axe and the no-JavaScript reading check cost about two seconds of browser
 * time a page; every page of a 2,000-entry atlas would take them most of an hour. What they judge is the look and
 * structure of elements: colours, sizes and backgrounds (contrast), roles and ARIA, landmarks, the way elements
 * nest. The sweeps visit every page the atlas has a fixed number of (home, chapters, indexes, glossary, search),
 * whatever their content; the pages that grow with the catalogue (entries, and the later pages of the catalogue
 * and the bibliography) come from a few templates and repeat the same elements with other text, so of those the
 * sweeps visit the fewest that, together with the rest, hold every kind of element the site has (its "shapes",
 * below). What depends on a page's own text (a link or button without a name, an image without alt text, a form
 * control without a label, a skipped heading level, a reference to a missing id, content only a script shows) is
 * checked on every page by the static gates: html-validate's rules (tests/site/html.test.ts), the link and anchor
 * check (tests/site/links.test.ts) and the reading check (tests/site/reading.test.ts).
 *
 * An element's shape is its tag, its classes, the names of its role and ARIA attributes and of the few others axe
 * reads (href, alt, type, tabindex…), any colour set inline, and its context: its parent's own shape, the
 * nearest ancestor that sets a background, and the nearest that sets a text size (a heading or a text-size class).
 * Inside a formula, KaTeX's own elements (thousands a chapter, positioned but not coloured by KaTeX's classes)
 * count once, as the formula's outer element, unless one sets a colour.
 */
import type { Page } from './site.ts';

/** Elements that have no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text, not markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Attributes whose presence changes what axe checks. */
const CHECKED_ATTRIBUTE =
  /^(role|aria-.+|href|alt|type|tabindex|hidden|open|disabled|inert|lang|dir|scope|colspan|rowspan|for|popover)$/;
const BACKGROUND = /(^|\s)(dark:)?bg-|background/;
const TEXT_SIZE = /(^|\s)text-(xs|sm|base|lg|\d?xl)(\s|$)|^h[1-6]$/;
const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface Open {
  tag: string;
  own: string;
  background: string;
  size: string;
  inFormula: boolean;
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (name === '/') continue;
    attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Every shape of element in the page's body (see the module's comment). */
export function elementShapes(html: string): Set<string> {
  const shapes = new Set<string>();
  const body = html.search(/<body[\s>]/i);
  const stack: Open[] = [{ tag: 'body', own: 'body', background: '', size: '', inFormula: false }];
  TAG.lastIndex = body < 0 ? 0 : html.indexOf('>', body) + 1;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, closing, rawTag, rawAttributes = ''] = match;
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (closing) {
      const index = stack.findLastIndex((open) => open.tag === tag);
      if (index > 0) stack.length = index;
      if (tag === 'body') break;
      continue;
    }
    const parent = stack.at(-1)!;
    const attributes = attributesOf(rawAttributes);
    const classes = (attributes.get('class') ?? '').split(/\s+/).filter(Boolean).sort();
    const style = attributes.get('style') ?? '';
    const colour = style
      .split(';')
      .map((rule) => rule.trim())
      .filter((rule) => /^(color|background|fill|stroke|opacity)/.test(rule))
      .join(';');
    const checked = [...attributes.keys()].filter((name) => CHECKED_ATTRIBUTE.test(name)).sort();
    const own =
      tag +
      classes.map((name) => `.${name}`).join('') +
      (checked.length > 0 ? `[${checked.join(',')}]` : '') +
      (colour ? `{${colour}}` : '');
    const formula = classes.includes('katex') || classes.includes('katex-display');
    if (!parent.inFormula || colour)
      shapes.add(`${parent.own} > ${own} | bg ${parent.background} | size ${parent.size}`);
    const selfClosing = VOID.has(tag) || whole.endsWith('/>');
    if (RAW_TEXT.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    if (selfClosing) continue;
    const classText = classes.join(' ');
    stack.push({
      tag,
      own,
      background: BACKGROUND.test(classText) || /background/.test(colour) ? own : parent.background,
      size: TEXT_SIZE.test(classText) || TEXT_SIZE.test(tag) ? own : parent.size,
      inFormula: parent.inFormula || formula,
    });
  }
  return shapes;
}

/**
 * The pages the browser sweeps visit: `always` (one page of each type, say), then, one at a time, the page with
 * the most shapes not yet seen, until every shape of every page has been seen. Ties go to the page first in
 * `pages`, so the choice is the same on every run. Returned in the order of `pages`.
 */
export function sweepPages(pages: readonly Page[], always: readonly string[] = []): string[] {
  const shapesOf = new Map(pages.map((page) => [page.path, elementShapes(page.html)]));
  const unseen = new Set([...shapesOf.values()].flatMap((shapes) => [...shapes]));
  const chosen = new Set<string>();
  const choose = (sitePath: string) => {
    chosen.add(sitePath);
    for (const shape of shapesOf.get(sitePath) ?? []) unseen.delete(shape);
  };
  for (const sitePath of always) choose(sitePath);
  while (unseen.size > 0) {
    let best: string | undefined;
    let gain = 0;
    for (const [sitePath, shapes] of shapesOf) {
      let count = 0;
      for (const shape of shapes) if (unseen.has(shape)) count += 1;
      if (count > gain) [best, gain] = [sitePath, count];
    }
    choose(best!);
  }
  return pages.map((page) => page.path).filter((sitePath) => chosen.has(sitePath));
}
