/**
 * The days chapters and entries say they were added and revised agree with git history: `added` is the day the
 * file was first committed, and `revised` (or `added`) is no earlier than the last commit that changed the file, so
 * a change committed without updating `revised` fails here. Days are compared with one day of slack for time
 * zones. Skipped where there is no history to compare with (a shallow or exported copy).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

function hasHistory(): boolean {
  try {
    return git('rev-parse', '--is-shallow-repository').trim() === 'false';
  } catch {
    return false;
  }
}

/** Days apart, second minus first. */
const daysBetween = (first: string, second: string) => (Date.parse(second) - Date.parse(first)) / 86_400_000;

test('added and revised days agree with git history', { skip: !hasHistory() && 'no git history here' }, () => {
  // Newest first: the first day seen for a file is its last commit, the last day seen its first.
  const log = git('log', '--format=%as', '--name-only', '--', 'content/chapters', 'content/methods');
  const last = new Map<string, string>();
  const first = new Map<string, string>();
  let day = '';
  for (const line of log.split('\n')) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(line)) day = line;
    else if (line.endsWith('.mdx')) {
      if (!last.has(line)) last.set(line, day);
      first.set(line, day);
    }
  }
  const problems: string[] = [];
  for (const folder of ['content/chapters', 'content/methods']) {
    for (const name of readdirSync(path.join(root, folder))) {
      const file = `${folder}/${name}`;
      if (!last.has(file)) continue; // Not committed yet: nothing to compare with.
      const text = readFileSync(path.join(root, file), 'utf8');
      const added = /^added: "(\d{4}-\d{2}-\d{2})"$/m.exec(text)?.[1];
      const revised = /^revised: "(\d{4}-\d{2}-\d{2})"$/m.exec(text)?.[1];
      if (!added) {
        problems.push(`${file}: no added day`);
        continue;
      }
      if (Math.abs(daysBetween(first.get(file)!, added)) > 1)
        problems.push(`${file}: added: ${added}, but it was first committed on ${first.get(file)}`);
      if (daysBetween(last.get(file)!, revised ?? added) < -1)
        problems.push(`${file}: revised: ${revised ?? '(none)'}, but it was last changed on ${last.get(file)}`);
    }
  }
  assert.deepEqual(problems, []);
});
