/**
 * Reads a built site and checks what every page links to. Pure functions over a map of pages, so the same checks
 * run on the real build and on small broken fixtures that prove each check can fail.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

export interface Page {
  /** Site path without the base ("/methods/grpo/", "/404.html"). */
  path: string;
  html: string;
}

/** Every HTML file under `dir`, keyed by its site path. */
export function readSite(dir: string): Page[] {
  const pages: Page[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html')) {
        const relative = `/${path.relative(dir, file).split(path.sep).join('/')}`;
        pages.push({ path: relative.replace(/index\.html$/, ''), html: readFileSync(file, 'utf8') });
      }
    }
  };
  walk(dir);
  return pages;
}

const LINK_ATTRIBUTES: [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
];

/** The file a site path is served from, or undefined when there is none. */
function fileFor(dir: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates
    .map((candidate) => path.join(dir, candidate))
    .find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Problems with links and anchors across the site: internal targets (pages, assets, #fragments) that do not
 * exist, duplicate ids on a page, external links that are not well-formed https, and inline event handlers.
 * Each message names the page and the link.
 */
export function findLinkProblems(dir: string, pages: readonly Page[], base = '/'): string[] {
  const problems: string[] = [];
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set(
        parse(readFileSync(file, 'utf8'))
          .querySelectorAll('[id]')
          .map((node) => node.id),
      );
      idsByFile.set(file, ids);
    }
    return ids;
  };

  for (const page of pages) {
    const root = parse(page.html);
    const seen = new Set<string>();
    for (const node of root.querySelectorAll('[id]')) {
      if (seen.has(node.id)) problems.push(`${page.path}: duplicate id "${node.id}"`);
      seen.add(node.id);
    }
    for (const node of root.querySelectorAll('*')) {
      for (const name of Object.keys(node.attributes)) {
        if (/^on[a-z]+$/i.test(name))
          problems.push(`${page.path}: inline event handler ${name} on <${node.tagName.toLowerCase()}>`);
      }
    }
    for (const [tag, attribute] of LINK_ATTRIBUTES) {
      for (const node of root.querySelectorAll(`${tag}[${attribute}]`)) {
        const link = node.getAttribute(attribute) ?? '';
        const where = `${page.path}: <${tag} ${attribute}="${link}">`;
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
          if (!link.startsWith('https://')) problems.push(`${where}: external links must use https`);
          else if (!URL.canParse(link)) problems.push(`${where}: not a well-formed URL`);
          continue;
        }
        const url = new URL(link, `http://site${base}${page.path.replace(/^\//, '')}`);
        if (!url.pathname.startsWith(base)) {
          problems.push(`${where}: outside the site's base path ${base}`);
          continue;
        }
        const sitePath = `/${url.pathname.slice(base.length)}`;
        const file = fileFor(dir, sitePath);
        if (!file) {
          problems.push(`${where}: no such page or file`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
          problems.push(`${where}: no element with id "${fragment}" on ${sitePath}`);
        }
      }
    }
  }
  return problems;
}

/** Properties that only colour what is drawn: a theme that sets nothing else cannot change layout or visibility. */
const COLOUR_PROPERTIES = new Set([
  'color',
  'background-color',
  'border-color',
  'outline-color',
  'text-decoration-color',
  'caret-color',
  'accent-color',
  'fill',
  'stroke',
  'color-scheme',
]);

/**
 * Every declaration in a rule for the dark theme (a selector with data-theme=dark) that is not a colour, as
 * "selector { property }": custom properties count as colours only when they are the typography plugin's colour
 * variables (--tw-prose-*) or the theme's (--color-*).
 */
export function darkThemeNonColour(css: string): string[] {
  const found: string[] = [];
  for (const [, selector = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (!/data-theme=['"]?dark/.test(selector)) continue;
    for (const declaration of body.split(';')) {
      const property = declaration.split(':')[0]!.trim();
      if (!property || COLOUR_PROPERTIES.has(property) || /^--(tw-prose|color)-/.test(property)) continue;
      found.push(`${selector.trim()} { ${property} }`);
    }
  }
  return found;
}

/** Pages a reader opens to read: chapters, entries, the bibliography and the glossary. */
export const READING_PAGE = /^\/(chapters|methods|references|glossary)\//;

/**
 * What a page misses to be read without JavaScript, judged from its HTML alone: one top-level heading, the main
 * navigation, and over 200 characters of text in <main>, none of them inside something that only scripts reveal
 * (`hidden`, `.needs-js`, <template>) or that is not content (<script>, <style>, <noscript>). Whether CSS shows
 * them is for the browser's no-JavaScript sweep, which visits a page of every shape (tests/support/sweep.ts).
 */
export function readingProblems(page: Page): string[] {
  const root = parse(page.html);
  for (const element of root.querySelectorAll('[hidden], .needs-js, template, script, style, noscript'))
    element.remove();
  const problems: string[] = [];
  const headings = root.querySelectorAll('h1, [role="heading"][aria-level="1"]').length;
  if (headings !== 1) problems.push(`${page.path}: ${headings} top-level headings in its HTML, not 1`);
  if (!root.querySelector('nav[aria-label="Main"]')) problems.push(`${page.path}: no main navigation in its HTML`);
  const text = (root.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (text <= 200) problems.push(`${page.path}: ${text} characters of text in <main> without scripts`);
  return problems;
}

/**
 * Links whose text carries a space the reader sees underlined: the text ends in white space and, after the link,
 * more text follows on the same line ("After the survey_ for"), or a space stands between the link and the
 * punctuation after it ("HumanEval , LATS"). White space at a link's edges is harmless where it collapses into the
 * space beside it or ends the line, so only these two shapes are reported, read from the built HTML.
 */
export function linkSpacingProblems(page: Page): string[] {
  const problems: string[] = [];
  const quote = (text: string) => `"${text.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  for (const match of page.html.matchAll(/<a\b[^>]*>([^<]*\S)\s+<\/a>\s*([^<\s])/g))
    problems.push(`${page.path}: link ${quote(match[1]!)} ends in an underlined space before "${match[2]}"`);
  for (const match of page.html.matchAll(/<a\b[^>]*>([^<]*)<\/a>\s+([,.;:!?)])/g))
    problems.push(`${page.path}: a space between link ${quote(match[1]!)} and the "${match[2]}" after it`);
  return problems;
}
