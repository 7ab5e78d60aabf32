import { test } from 'node:test';
import assert from 'node:assert/strict';
import { surveyTableGroups, type TableEntry } from '../../src/lib/survey-tables.ts';

const entries: TableEntry[] = [
  {
    id: 'omegaprm',
    title: 'OmegaPRM',
    year: 2024,
    surveyTables: { dataConstruction: { annotator: 'LLM automation', task: 'Math', method: 'MCTS simulation' } },
  },
  {
    id: 'prm800k',
    title: 'PRM800K',
    year: 2023,
    surveyTables: { dataConstruction: { annotator: 'Human annotation', task: 'Math', method: 'Stepwise annotation' } },
  },
  {
    id: 'math-shepherd',
    title: 'Math-Shepherd',
    year: 2024,
    surveyTables: { dataConstruction: { annotator: 'LLM automation', task: 'Math', method: 'Monte Carlo simulation' } },
  },
  {
    id: 'wizardmath',
    title: 'WizardMath',
    year: 2023,
    surveyTables: { dataConstruction: { annotator: 'LLM automation', task: 'Math', method: 'Stronger LLM' } },
  },
  {
    id: 'openr',
    title: 'OpenR',
    year: 2024,
    surveyTables: { openSource: { data: 'a', training: 'b', testTime: 'c' } },
  },
  {
    id: 'opro',
    title: 'OPRO',
    year: 2023,
    surveyTables: { trainingFree: { family: 'Agentic system search', approach: 'Prompt level' } },
  },
  {
    id: 'reflexion',
    title: 'Reflexion',
    year: 2023,
    surveyTables: { trainingFree: { family: 'Verbal reinforcement search', approach: 'Individual agent' } },
  },
  { id: 'gsm8k', title: 'GSM8K', year: 2021 },
];

test('groups table rows in the survey order and sorts them by year, then name', () => {
  const groups = surveyTableGroups('data-construction', entries);
  assert.deepEqual(
    groups.map((group) => [group.group, group.entries.map((entry) => entry.id)]),
    [
      ['Human annotation', ['prm800k']],
      ['LLM automation', ['wizardmath', 'math-shepherd', 'omegaprm']],
    ],
  );
});

test('the training-free table follows the family order; the open-source table is one group', () => {
  assert.deepEqual(
    surveyTableGroups('training-free', entries).map((group) => group.group),
    ['Verbal reinforcement search', 'Agentic system search'],
  );
  assert.deepEqual(surveyTableGroups('open-source', entries), [{ group: '', entries: [entries[4]] }]);
});
