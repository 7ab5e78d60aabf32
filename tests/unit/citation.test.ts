import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '@retorquere/bibtex-parser';
import { formatCitation, pageCitationKey, pageCsl, workCsl } from '../../src/lib/citation.ts';

const SURVEY = `@misc{xu2025towards,
  title         = {Towards Large Reasoning Models: A Survey of Reinforced Reasoning with Large Language Models},
  author        = {Xu, Fengli and Hao, Qianyue and Zong, Zefang},
  year          = {2025},
  eprint        = {2501.09686},
  archivePrefix = {arXiv},
  primaryClass  = {cs.AI},
  url           = {https://arxiv.org/abs/2501.09686}
}`;

const PROCEEDINGS = `@inproceedings{wang2023selfconsistency,
  title     = {Self-Consistency Improves Chain of Thought Reasoning in Language Models},
  author    = {Wang, Xuezhi and Wei, Jason},
  booktitle = {ICLR 2023},
  year      = {2023},
  eprint    = {2203.11171},
  url       = {https://arxiv.org/abs/2203.11171}
}`;

test('the survey: BibTeX keeps its key, authors, year, arXiv id and URL, and parses back', () => {
  const { bibtex } = formatCitation(workCsl({ bibtex: SURVEY, arxiv: '2501.09686' }));
  const library = parse(bibtex, { sentenceCase: false, english: false });
  assert.deepEqual(library.errors, []);
  const [entry] = library.entries;
  assert.equal(entry?.key, 'xu2025towards');
  assert.equal(entry?.type, 'misc');
  assert.equal(
    entry?.fields.title,
    'Towards Large Reasoning Models: A Survey of Reinforced Reasoning with Large Language Models',
  );
  assert.deepEqual(
    entry?.fields.author?.map((author) => author.lastName),
    ['Xu', 'Hao', 'Zong'],
  );
  assert.equal(entry?.fields.year, '2025');
  assert.equal(entry?.fields.note, 'arXiv:2501.09686');
  assert.equal(entry?.fields.url, 'https://arxiv.org/abs/2501.09686');
});

test('the survey: APA 7 text as a preprint, with initials, the arXiv id and the URL', () => {
  const { text } = formatCitation(workCsl({ bibtex: SURVEY, arxiv: '2501.09686' }));
  assert.equal(
    text,
    'Xu, F., Hao, Q., & Zong, Z. (2025). Towards Large Reasoning Models: A Survey of Reinforced Reasoning with ' +
      'Large Language Models (arXiv:2501.09686). arXiv. https://arxiv.org/abs/2501.09686',
  );
});

test('a published work keeps its venue and is not turned into a preprint', () => {
  const csl = workCsl({ bibtex: PROCEEDINGS, arxiv: '2203.11171' });
  assert.equal(csl.type, 'paper-conference');
  assert.equal(csl.publisher, undefined);
  assert.match(formatCitation(csl).text, /^Wang, X., & Wei, J\. \(2023\)\. .* ICLR 2023\./);
});

test('workCsl fails on text with no BibTeX entry', () => {
  assert.throws(() => workCsl({ bibtex: 'no entry here' }));
});

test('page citation keys are BibTeX-safe and tell chapters from entries', () => {
  assert.equal(pageCitationKey('/methods/process-reward-model/'), 'reasoningatlas_methods_process_reward_model');
  assert.equal(pageCitationKey('/chapters/introduction/'), 'reasoningatlas_chapters_introduction');
  assert.equal(pageCitationKey('/'), 'reasoningatlas');
});

const PAGE = {
  title: 'Process reward model',
  sitePath: '/methods/process-reward-model/',
  url: 'https://example.org/atlas/methods/process-reward-model/',
  year: 2025,
};

test('a page: a webpage in Reasoning Atlas by its contributors, as one institutional name', () => {
  const csl = pageCsl(PAGE);
  assert.equal(csl.type, 'webpage');
  assert.equal(csl['container-title'], 'Reasoning Atlas');
  assert.deepEqual(csl.author, [{ literal: 'Reasoning Atlas contributors' }]);
  assert.equal(csl.accessed, undefined);
});

test('a page: APA text names the contributors, year, title, site and absolute URL', () => {
  assert.equal(
    formatCitation(pageCsl(PAGE)).text,
    'Reasoning Atlas contributors. (2025). Process reward model. Reasoning Atlas. ' +
      'https://example.org/atlas/methods/process-reward-model/',
  );
});

test('a page: BibTeX keeps the contributors whole (braced) and the URL, and parses back', () => {
  const { bibtex } = formatCitation(pageCsl(PAGE));
  assert.match(bibtex, /^@misc\{reasoningatlas_methods_process_reward_model,/);
  assert.match(bibtex, /author = \{\{Reasoning Atlas contributors\}\}/);
  const library = parse(bibtex, { sentenceCase: false, english: false });
  assert.deepEqual(library.errors, []);
  const [entry] = library.entries;
  assert.deepEqual(entry?.fields.author, [{ name: 'Reasoning Atlas contributors' }]);
  assert.equal(entry?.fields.url, PAGE.url);
  assert.equal(entry?.fields.year, '2025');
});

test('a page: special characters in a title are escaped for BibTeX and kept in the text', () => {
  const { bibtex, text } = formatCitation(pageCsl({ ...PAGE, title: 'Proofs & rewards: “why” it works' }));
  assert.match(bibtex, /title = \{.*\\&/);
  assert.deepEqual(parse(bibtex, { sentenceCase: false, english: false }).errors, []);
  assert.match(text, /Proofs & rewards: “why” it works\./);
});
