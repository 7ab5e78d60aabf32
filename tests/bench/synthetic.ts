/**
 * Synthetic catalogue entries for `npm run bench:scale`, which builds the site at 2,000 entries to check that the
 * build, the catalogue and search scale. Everything here is pure and seeded, so a run can be repeated exactly.
 *
 * An entry is built to pass the schema (src/content.config.ts) and the cross-file checks (src/lib/validate.ts)
 * like a real one, and to weigh like one: its kind and stage are a real entry's, its body is as long as a real
 * body (the lengths are drawn from the real ones) with the entry anatomy's four sections, a numbered list, a
 * display equation, inline math, a citation of its paper and links to real entries and glossary terms. Its
 * sentences are drawn from the words of the real bodies, at their real frequencies, so the search index grows as
 * it would with real text; each entry also coins one name of its own, as a real entry brings a name the
 * site did not know. The sentences are nonsense: they live in a temporary copy of the content, never in content/.
 */
import {
  KINDS,
  RELATIONS,
  STAGES,
  SUPERVISIONS,
  TAGS,
  kindLabel,
  type Kind,
  type Stage,
} from '../../src/lib/vocabulary.ts';
import { countProseWords } from '../../src/lib/word-count.ts';

/** What the generator takes from the real content. */
export interface RealContent {
  /** Each real (published) entry: its id, kind, stage, the number of prose words of its body and those words. */
  entries: readonly { id: string; kind: Kind; stage: Stage; words: number; prose: readonly string[] }[];
  /** Ids of the glossary terms, for <Term> links. */
  termIds: readonly string[];
  /** Words of the real bodies in reading order, repeats kept, so drawing from it keeps their frequencies. */
  words: readonly string[];
  /** Author names from the real bibliography ("Peiyi Wang"), for the synthetic papers. */
  authors: readonly string[];
}

/** The frontmatter of a synthetic entry, a subset of the real schema's fields. */
export interface SyntheticData {
  title: string;
  aliases: string[];
  summary: string;
  kind: Kind;
  stage: Stage;
  tags: string[];
  supervision?: string;
  year: number;
  published: string;
  venue: string;
  authors: string;
  paper: string;
  related: { entry: string; relation: string }[];
  needs: string[];
  added: string;
  sources: string[];
}

export interface SyntheticEntry {
  /** The entry's slug, which is also its file name without `.mdx`. */
  id: string;
  data: SyntheticData;
  body: string;
  /** The whole file: frontmatter (one JSON value per key, which YAML reads as is) and body. */
  mdx: string;
  /** The @article entry of its paper, to append to references.bib. */
  bibtex: string;
}

/** A small, fast seeded generator (mulberry32): the same seed gives the same sequence on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A word that can stand in MDX prose as is: letters and digits, inner hyphens or apostrophes, no markup. */
const PLAIN_WORD = /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*$/u;

/**
 * The words of an MDX body that can be reused in synthetic prose, in reading order: code, math, inline SVG,
 * tags and link targets are dropped, punctuation around words is stripped, and anything that could be read as
 * markup (braces, asterisks, URLs, entities) is left out.
 */
export function proseWords(body: string): string[] {
  const prose = body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\S\n]*$/gm, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  return prose
    .split(/\s+/)
    .map((word) => word.replace(/^[("'“‘*_[]+|[)\]"'”’.,;:!?*_]+$/gu, ''))
    .filter((word) => PLAIN_WORD.test(word));
}

/** Formulas of the kind real entries display; KaTeX renders each in strict mode. */
const FORMULAS = [
  String.raw`\hat{y} = \arg\max_{y \in \mathcal{Y}} \sum_{i=1}^{N} r_\theta(x, y_i)`,
  String.raw`\mathcal{L}(\theta) = -\mathbb{E}_{(x, y) \sim \mathcal{D}} \left[ \log \pi_\theta(y \mid x) \right]`,
  String.raw`V(s_t) = \frac{1}{N} \sum_{j=1}^{N} \mathbb{I}\left[ a_j = a^{*} \right]`,
  String.raw`J(\theta) = \mathbb{E}_{x \sim \mathcal{D}} \left[ r(x, y) - \beta \, \mathrm{KL}\left( \pi_\theta \,\|\, \pi_{\mathrm{ref}} \right) \right]`,
  String.raw`p_\theta(y \mid x) = \prod_{t=1}^{T} p_\theta(y_t \mid x, y_{<t})`,
];
const INLINE_MATH = ['$x$', '$N$', String.raw`$\theta$`, '$s_i$', '$k$', String.raw`$\pi_\theta$`];
/** Share of a synthetic entry's words drawn from the body of the real entry it is modelled on. */
const TOPIC_SHARE = 0.8;
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'ta', 'vo', 'zu', 'bel', 'dri', 'fen', 'gor', 'hal', 'nim', 'pra', 'sel'];
/** Labels of the "At a glance" bullets, as real entries use them. */
const GLANCE = ['Problem', 'Key idea', 'Needs', 'Produces', 'Supervision'];

/**
 * `count` synthetic entries, numbered from 1 (`synthetic-0001`), each named with a coined word ("Belselsel",
 * also "Belselsel method") as varied as real names are, citing its own synthetic paper and relating to one to
 * three real entries. The same content, count and seed give the same entries.
 */
export function generateSyntheticEntries(real: RealContent, count: number, seed = 1): SyntheticEntry[] {
  if (real.entries.length === 0 || real.words.length === 0 || real.authors.length === 0)
    throw new Error('synthetic entries need real entries, words and authors to draw from');
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < n && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return chosen;
  };
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  // Each entry writes about the topic of a real one: most of its words come from that entry's body, the rest from
  // every body. Drawn from the whole pool alone, a word would land in a page as often as its overall frequency
  // says, with none of the clustering of real text: at 2,000 entries "reward" was in 87% of the pages, against
  // 46% of the real site's, and every common word's index grew with it.
  let topic: readonly string[] = real.words;
  const draw = () => pick(topic.length > 0 && random() < TOPIC_SHARE ? topic : real.words);
  const words = (n: number) => Array.from({ length: n }, draw);
  const sentence = (n: number) => {
    const [first = '', ...rest] = words(n);
    return `${[capitalise(first), ...rest].join(' ')}.`;
  };
  /** Sentences of 8 to 22 words until about `n` words are written. */
  const prose = (n: number) => {
    const sentences: string[] = [];
    for (let left = n; left > 0;) {
      const length = Math.min(left, between(8, 22));
      sentences.push(sentence(Math.max(length, 4)));
      left -= length;
    }
    return sentences.join(' ');
  };

  const known = new Set(real.words.map((word) => word.toLowerCase()));
  const coin = () => {
    for (;;) {
      const name = capitalise(Array.from({ length: between(3, 4) }, () => pick(SYLLABLES)).join(''));
      if (!known.has(name.toLowerCase())) {
        known.add(name.toLowerCase());
        return name;
      }
    }
  };
  const width = Math.max(4, String(count).length);
  const terms = real.termIds;

  return Array.from({ length: count }, (_, index) => {
    const number = String(index + 1).padStart(width, '0');
    const id = `synthetic-${number}`;
    const model = pick(real.entries);
    topic = model.prose;
    const name = coin();
    const year = between(2019, 2025);
    const bibKey = `synthetic${year}entry${number}`;
    const authorNames = sample(real.authors, between(1, 5));
    const related = sample(real.entries, between(1, 3)).map((entry) => ({
      entry: entry.id,
      relation: pick(RELATIONS),
    }));
    const linked = sample(real.entries, between(2, 4)).map((entry) => entry.id);
    const linkedTerms = sample(terms, Math.min(terms.length, between(1, 2)));
    const url = `https://example.org/synthetic/${number}`;

    let summary = name;
    for (const target = between(110, 158); ;) {
      const word = draw();
      if (summary.length + word.length + 2 > target) break;
      summary += ` ${word}`;
    }
    summary += '.';

    const data: SyntheticData = {
      title: name,
      aliases: [`${name} ${kindLabel(model.kind).toLowerCase()}`],
      summary,
      kind: model.kind,
      stage: model.stage,
      tags: sample(TAGS, between(1, 4)),
      ...(random() < 0.7 ? { supervision: pick(SUPERVISIONS) } : {}),
      year,
      // From the entry's number, not the random stream, so adding the field left every other draw as it was.
      published: `${year}-${String((index % 12) + 1).padStart(2, '0')}`,
      venue: `Synthetic Proceedings ${year}`,
      authors: authorNames.length > 1 ? `${authorNames[0]} et al.` : authorNames[0]!,
      paper: bibKey,
      related,
      // Fixed text, not drawn, so the random stream (and every figure measured before) stays as it was.
      needs: [`a ${kindLabel(model.kind).toLowerCase()} to study`],
      added: '2026-01-01',
      sources: [url],
    };

    // A real body's length, shared among the sections about as real entries share it; the shares add up to 92%
    // because list labels, link texts and the rounding of sentences make up the rest.
    const total = pick(real.entries).words * 0.92;
    const part = (share: number) => Math.max(6, Math.round(total * share));
    const cite = `<Cite key="${bibKey}" />`;
    const link = (entry: string) => `<M id="${entry}">${draw()} ${draw()}</M>`;
    const term = (termId: string) => `<Term id="${termId}">${draw()}</Term>`;
    const label = () => `**${capitalise(draw())} ${draw()}.**`;
    const steps = between(3, 5);
    const limits = between(3, 5);
    const body = [
      '## At a glance',
      `${name} ${prose(part(0.09))} ${link(linked[0]!)} ${prose(part(0.09))} ${linkedTerms.map(term).join(' ')} ` +
        `${prose(part(0.04))} ${cite}`,
      GLANCE.map((bullet) => `- **${bullet}**: ${prose(part(0.02))}`).join('\n'),
      '## How it works',
      `${prose(part(0.06))} ${pick(INLINE_MATH)} ${prose(part(0.05))} ${linked.slice(1, 3).map(link).join(' ')} ` +
        `${prose(part(0.03))}`,
      Array.from({ length: steps }, (_, i) => `${i + 1}. ${label()} ${prose(part(0.17 / steps))}`).join('\n'),
      `<Equation id="eq-${id}">\n\n$$\n${pick(FORMULAS)}\n$$\n\n</Equation>`,
      `${prose(part(0.04))} ${pick(INLINE_MATH)} ${prose(part(0.04))}`,
      '## What it reports',
      `${prose(part(0.05))} ${cite} ${linked[3] ? `${link(linked[3])} ` : ''}${prose(part(0.05))}`,
      '## Strengths and limits',
      Array.from({ length: limits }, () => `- ${label()} ${prose(part(0.14 / limits))}`).join('\n'),
    ].join('\n\n');

    const frontmatter = Object.entries(data)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join('\n');
    const bibtex = [
      `@article{${bibKey},`,
      `  title = {${name}: ${sentence(between(5, 10)).slice(0, -1)}},`,
      `  author = {${authorNames.map(bibtexName).join(' and ')}},`,
      `  journal = {Synthetic Proceedings},`,
      `  year = {${year}},`,
      `  url = {${url}},`,
      '}',
    ].join('\n');
    return { id, data, body, mdx: `---\n${frontmatter}\n---\n\n${body}\n`, bibtex };
  });
}

/** "Peiyi Wang" as BibTeX writes it, "Wang, Peiyi", so the parser cannot mistake which part is the surname. */
function bibtexName(name: string): string {
  const parts = name.split(' ');
  const surname = parts.pop()!;
  return parts.length > 0 ? `${surname}, ${parts.join(' ')}` : surname;
}

/** Whether an author name is safe to reuse in BibTeX: given and family names of letters, no organisations. */
export function isPersonName(name: string): boolean {
  return /^[\p{Lu}][\p{L}.'’-]*(?: [\p{L}][\p{L}.'’-]*)+$/u.test(name);
}

/** The real content's figures the generator needs, from the real entries' ids, kinds, stages and bodies. */
export function summariseRealContent(
  entries: readonly { id: string; kind: Kind; stage: Stage; body: string }[],
  termIds: readonly string[],
  authors: readonly string[],
): RealContent {
  return {
    entries: entries.map(({ id, kind, stage, body }) => ({
      id,
      kind,
      stage,
      words: countProseWords(body),
      prose: proseWords(body),
    })),
    termIds,
    words: entries.flatMap((entry) => proseWords(entry.body)),
    authors: [...new Set(authors.filter(isPersonName))],
  };
}

/** Whether `value` is one of the kinds of the vocabulary (for reading real frontmatter). */
export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

/** Whether `value` is one of the stages of the vocabulary (for reading real frontmatter). */
export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}
