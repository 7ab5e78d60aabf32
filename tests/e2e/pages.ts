/** The built site's pages, read from dist/, so the quality checks cover every page without a hand-kept list. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readSite, type Page } from '../support/site.ts';
import { sweepPages } from '../support/sweep.ts';

/** The built site the tests read: dist/, or ATLAS_DIST (the scale bench's builds, say). */
export const dist = path.resolve(import.meta.dirname, '../..', process.env['ATLAS_DIST'] ?? 'dist');

const sites = new Map<string, Page[]>();
const site = (folder: string) => sites.get(folder) ?? sites.set(folder, readSite(folder)).get(folder)!;

/** Site paths of every built page ("/", "/methods/grpo/", "/404.html"). */
export function sitePaths(folder = dist): string[] {
  return site(folder).map((page) => page.path);
}

/** Site paths grouped by the type of page, for checks that want one page of each type. */
export function pagesByType(folder = dist): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const sitePath of sitePaths(folder)) {
    const type = /^\/chapters\/[^/]+\/$/.test(sitePath)
      ? 'chapter'
      : /^\/methods\/[^/]+\/$/.test(sitePath)
        ? 'entry'
        : /^\/(methods|references)\/page\/\d+\/$/.test(sitePath)
          ? sitePath.replace(/\d+\/$/, 'N/')
          : sitePath;
    (groups[type] ??= []).push(sitePath);
  }
  return groups;
}

/** Pages that grow in number with the catalogue: entries, and the later pages of the catalogue and bibliography. */
const BULK = /^\/methods\/[^/]+\/$|^\/(methods|references)\/page\/\d+\/$/;

/**
 * The pages the browser sweeps visit (tests/support/sweep.ts says why): every page there is a fixed number of
 * (home, chapters, indexes, glossary, search, 404), one page of each type, and, of the pages that grow with the
 * catalogue, the fewest that hold every shape of element the site has. Every Playwright process loads this module,
 * so the choice is kept in a file named after the built pages' contents and made once per build.
 */
export function sweepPaths(folder = dist): string[] {
  const key = createHash('sha256');
  for (const page of site(folder)) key.update(page.path).update('\0').update(page.html).update('\0');
  const cache = path.resolve(import.meta.dirname, '../../node_modules/.cache/atlas-sweep');
  const file = path.join(cache, `${key.digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as string[];
  const fixed = sitePaths(folder).filter((sitePath) => !BULK.test(sitePath));
  const always = [...new Set([...fixed, ...Object.values(pagesByType(folder)).map((group) => group[0]!)])];
  const chosen = sweepPages(site(folder), always);
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, JSON.stringify(chosen));
  return chosen;
}
