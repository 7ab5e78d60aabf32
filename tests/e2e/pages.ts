/** The built site's pages, read from dist/, so the quality checks cover every page without a hand-kept list. */
import path from 'node:path';
import { readSite } from '../support/site.ts';

/** Site paths of every built page ("/", "/methods/grpo/", "/404.html"). */
export function sitePaths(): string[] {
  return readSite(path.resolve(import.meta.dirname, '../../dist')).map((page) => page.path);
}

/** Site paths grouped by the type of page, for checks that want one page of each type. */
export function pagesByType(): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const sitePath of sitePaths()) {
    const type = /^\/chapters\/[^/]+\/$/.test(sitePath)
      ? 'chapter'
      : /^\/methods\/[^/]+\/$/.test(sitePath)
        ? 'entry'
        : sitePath;
    (groups[type] ??= []).push(sitePath);
  }
  return groups;
}
