/**
 * Editorial rules over the published content: every entry explains enough (300 words, 180 for benchmarks and
 * datasets) and lists the other names students type; every chapter is long enough to teach its topic and cites
 * the works it discusses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { countProseWords, minimumWords } from '../../src/lib/word-count.ts';

const content = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_CONTENT_DIR'] ?? 'content');

function read(folder: string): { file: string; data: Record<string, unknown>; body: string }[] {
  return readdirSync(path.join(content, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const [, frontmatter = '', ...rest] = readFileSync(path.join(content, folder, name), 'utf8').split(/^---$/m);
      return { file: `${folder}/${name}`, data: parse(frontmatter) as Record<string, unknown>, body: rest.join('---') };
    })
    .filter((page) => page.data['draft'] !== true);
}

test('every entry meets its length and has aliases', () => {
  const problems = read('methods').flatMap(({ file, data, body }) => {
    const words = countProseWords(body);
    const needed = minimumWords(String(data['kind']));
    const aliases = (data['aliases'] as unknown[] | undefined) ?? [];
    return [
      ...(words < needed ? [`${file}: ${words} words, needs ${needed}`] : []),
      ...(aliases.length === 0 ? [`${file}: no aliases`] : []),
    ];
  });
  assert.deepEqual(problems, []);
});

test('chapters 2 to 8 cite at least 15 distinct works', () => {
  const problems = read('chapters').flatMap(({ file, data, body }) => {
    const order = Number(data['order']);
    const works = new Set([...body.matchAll(/<Cite key="([^"]+)"/g)].map((match) => match[1])).size;
    return order >= 2 && order <= 8 && works < 15 ? [`${file}: cites ${works} works, needs 15`] : [];
  });
  assert.deepEqual(problems, []);
});

test('chapters 2 to 9 have at least 1,800 words, the introduction and conclusion 600, the chapter after the survey 4,000', () => {
  const problems = read('chapters').flatMap(({ file, data, body }) => {
    const order = Number(data['order']);
    const needed = data['afterSurvey'] === true ? 4000 : order === 1 || order === 10 ? 600 : 1800;
    const words = countProseWords(body);
    return words < needed ? [`${file}: ${words} words, needs ${needed}`] : [];
  });
  assert.deepEqual(problems, []);
});

test('the chapter after the survey cites at least 25 works', () => {
  const chapter = read('chapters').find(({ data }) => data['afterSurvey'] === true);
  assert.ok(chapter, 'a chapter with afterSurvey: true');
  const cited = new Set([...chapter.body.matchAll(/<Cite key="([^"]+)"/g)].map((match) => match[1]));
  assert.ok(cited.size >= 25, `${cited.size} works cited`);
});
