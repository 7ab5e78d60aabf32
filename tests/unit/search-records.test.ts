import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchRecords } from '../../src/lib/search-records.ts';

const ENTRY = `<html><body><nav>Methods / GRPO</nav>
<article data-search-record="page" data-pagefind-meta="kind:Algorithm">
  <header><h1>GRPO</h1>
    <p data-pagefind-ignore>Also known as: <span data-search-alias>Group Relative Policy Optimization</span></p>
    <p data-search-summary>PPO without a critic.</p>
    <span hidden data-search-context data-search-paper>DeepSeekMath</span>
    <span hidden data-search-context>Shao Wang 2024</span>
    <span hidden data-pagefind-filter="kind">Algorithm</span><span hidden data-pagefind-filter="year">2024</span>
  </header>
  <div class="prose-atlas"><h2 id="how-it-works">How it works</h2>
    <p>Samples a group <span class="preview"><a href="/x/">PPO</a><span class="preview-card">PPO card text</span></span>
    and normalises <span class="katex">\\hat{A}</span> rewards.<span class="sr-only">: Shao et al.</span></p></div>
  <div data-pagefind-ignore="all"><h2>Cite</h2>BibTeX here</div>
</article></body></html>`;

test('an entry is one record: title, summary, paper, aliases and filters, with no chrome in its text', () => {
  const [record, ...rest] = searchRecords(ENTRY, '/methods/grpo/');
  assert.equal(rest.length, 0);
  assert.equal(record!.url, '/methods/grpo/');
  assert.equal(record!.title, 'GRPO');
  assert.equal(record!.kind, 'Algorithm');
  assert.equal(record!.summary, 'PPO without a critic.');
  assert.equal(record!.paper, 'DeepSeekMath');
  assert.deepEqual(record!.aliases, ['Group Relative Policy Optimization']);
  assert.deepEqual(record!.filters, { kind: ['Algorithm'], year: ['2024'] });
  assert.match(record!.text, /Samples a group PPO and normalises rewards/);
  for (const chrome of ['Also known as', 'card text', 'hat', 'Shao et al', 'BibTeX', 'Methods /'])
    assert.ok(!record!.text.includes(chrome), chrome);
  assert.match(record!.html, /<main data-pagefind-body><h1>GRPO<\/h1>/);
  assert.doesNotMatch(record!.html, /data-pagefind-(meta|filter)/, 'type and facets travel in search-data.json');
  assert.match(record!.html, /<h2 id="how-it-works">/);
});

const CHAPTER = `<article data-search-record="sections">
  <header><h1>Test-time scaling</h1><span hidden data-search-summary>Spending compute at inference.</span>
  <span data-pagefind-filter="chapter" hidden>Test-time scaling</span></header>
  <details><summary>Contents</summary><a href="#a">A</a></details>
  <div class="prose-atlas"><p>Opening words.</p>
    <h2 id="voting">Majority vote</h2><p>Sample and vote.</p><h3 id="weights">Weighted</h3><p>Weigh votes.</p>
    <h2 id="search">Tree search</h2><p>Expand nodes.</p></div>
</article>`;

test('a chapter is its opening plus one record per section, each at its anchor', () => {
  const records = searchRecords(CHAPTER, '/chapters/test-time-scaling/');
  assert.deepEqual(
    records.map((record) => [record.url, record.title, record.kind]),
    [
      ['/chapters/test-time-scaling/', 'Test-time scaling', 'Chapter'],
      ['/chapters/test-time-scaling/#voting', 'Majority vote', 'Chapter section'],
      ['/chapters/test-time-scaling/#search', 'Tree search', 'Chapter section'],
    ],
  );
  assert.match(records[0]!.text, /Opening words/);
  assert.match(records[0]!.text, /Majority vote · Tree search/, 'the chapter matches its section titles');
  assert.ok(!records[0]!.text.includes('Contents'));
  assert.match(records[1]!.text, /Sample and vote\. ?Weighted ?Weigh votes\./);
  assert.ok(!records[1]!.text.includes('Expand'));
  assert.deepEqual(records[1]!.filters, { kind: ['Chapter section'], chapter: ['Test-time scaling'] });
});

test('glossary terms are records at their anchors; an unknown record type fails loudly', () => {
  const html = `<dl><div id="kl-penalty" data-search-record="term"><dt>KL penalty</dt><dd>A cost for drifting.
    <a data-pagefind-ignore href="/methods/rlhf/">More: RLHF</a></dd></div></dl>`;
  const [term] = searchRecords(html, '/glossary/');
  assert.equal(term!.url, '/glossary/#kl-penalty');
  assert.equal(term!.title, 'KL penalty');
  assert.equal(term!.kind, 'Glossary term');
  assert.ok(!term!.text.includes('More: RLHF'));
  assert.throws(() => searchRecords('<div data-search-record="other"></div>', '/x/'), /\/x\/: unknown/);
  assert.deepEqual(searchRecords('<p>No records here</p>', '/'), []);
});
