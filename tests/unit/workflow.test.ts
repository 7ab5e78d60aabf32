/**
 * The deploy workflow is valid YAML, runs the README's deploy commands, and keeps least privilege and time limits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const workflow = parse(readFileSync(path.join(root, '.github/workflows/deploy.yml'), 'utf8'));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The commands of the README's deploy block, without the variables set before them. */
function readmeDeployCommands(): string[] {
  const section = readme.split('## Deploying')[1]!.split(/^## /m)[0]!;
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .trim()
    .split('\n')
    .map((line) => line.replace(/^(?:[A-Z_]+=\S+\s+)+/, '').trim());
}

test('the workflow builds with the README deploy commands, with site and base from Pages', () => {
  const steps = workflow.jobs.build.steps as { run?: string; uses?: string; env?: Record<string, string> }[];
  const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
  assert.deepEqual(runs, readmeDeployCommands());
  const build = steps.find((step) => step.run === 'npm run build')!;
  assert.match(build.env!['ATLAS_SITE']!, /steps\.pages\.outputs\.origin/);
  assert.match(build.env!['ATLAS_BASE']!, /steps\.pages\.outputs\.base_path/);
  const uses = steps.flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
  assert.deepEqual(uses, [
    'actions/checkout',
    'actions/setup-node',
    'actions/configure-pages',
    'actions/upload-pages-artifact',
  ]);
  assert.equal(steps.find((step) => step.uses?.startsWith('actions/setup-node'))!['with' as never]['cache'], 'npm');
  assert.deepEqual(
    (workflow.jobs.deploy.steps as { uses: string }[]).map((step) => step.uses.split('@')[0]),
    ['actions/deploy-pages'],
  );
});

test('least privilege and time limits', () => {
  assert.deepEqual(workflow.permissions, { contents: 'read' });
  assert.equal(workflow.jobs.build.permissions, undefined, 'the build keeps read-only access');
  assert.deepEqual(workflow.jobs.deploy.permissions, { pages: 'write', 'id-token': 'write' });
  for (const [name, job] of Object.entries(workflow.jobs as Record<string, { 'timeout-minutes'?: number }>))
    assert.ok((job['timeout-minutes'] ?? Infinity) <= 30, `${name} has a time limit`);
  assert.deepEqual(workflow.on.push.branches, ['main']);
});
