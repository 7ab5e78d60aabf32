/**
 * The content contract: every collection, its loader and its schema. Nothing else in the site defines content
 * shapes; invariants a schema cannot express (unique chapter order, known citation keys, links to real
 * routes) are checked in src/lib/validate.ts when the site is built.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseBibliography } from './lib/bibliography.ts';
import { CONTENT_DIR } from './paths.ts';
import {
  ANNOTATORS,
  DECODINGS,
  KINDS,
  METRIC_NAMES,
  METRICS,
  RELATIONS,
  STAGES,
  SUPERVISIONS,
  TAGS,
  TRAINING_FREE_FAMILIES,
} from './lib/vocabulary.ts';

/** Lowercase kebab-case ASCII, as every slug and anchor on the site. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case ASCII');

/** A day as YYYY-MM-DD, quoted in YAML so that it stays a string. */
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day like "2026-12-04"');

/** Loads `references.bib` with a maintained BibTeX parser; one entry per citation key. */
function bibtexLoader(fileName: string): Loader {
  return {
    name: 'bibtex-loader',
    async load({ store, parseData, generateDigest }) {
      const text = await readFile(fileName, 'utf8');
      store.clear();
      for (const entry of parseBibliography(text, fileName)) {
        const data = await parseData({ id: entry.key, data: { ...entry } });
        store.set({ id: entry.key, data, digest: generateDigest(data) });
      }
    },
  };
}

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(CONTENT_DIR, 'chapters') }),
  schema: z.strictObject({
    /** Chapter title as shown in headings and navigation. */
    title: z.string().min(1),
    /** One or two sentences for the page's meta description and the chapter list (at most 160 characters). */
    description: z.string().min(1).max(160),
    /** Reading order, 1 for the introduction; unique across chapters (checked at build time). */
    order: z.number().int().positive(),
    /** The survey section the chapter covers, such as "3" or "5.2"; required unless `afterSurvey` (checked at build time). */
    survey: z
      .string()
      .regex(/^\d+(?:\.\d+)*$/, 'must be a section number such as "3" or "5.2"')
      .optional(),
    /** True for a chapter written after the survey, about work it does not cover; marked as such on the site. */
    afterSurvey: z.boolean().default(false),
    /** Day the chapter was first published on the site (checked at build time: not in the future). */
    added: day,
    /** Day of its latest revision, when after `added` (checked at build time: not before `added`, not in the future). */
    revised: day.optional(),
    /** Hidden from the built site while true. */
    draft: z.boolean().default(false),
  }),
});

/**
 * Where a reported number was checked: the bibliography key of the work that reports it and the place in it, as
 * "abstract", "Table 3", "Figure 2", "Section 4.1", "Appendix B" or the https URL of an official page.
 */
const resultSource = z.strictObject({
  /** Citation key in content/references.bib (checked at build time). */
  key: z.string().min(1),
  /** The place in the work: abstract, Table N, Figure N, Section N, Appendix X, or an https URL. */
  where: z
    .string()
    .regex(
      /^(abstract|(Table|Figure|Section|Appendix) [A-Z]?\d*(\.\d+)*[a-z]?|https:\/\/\S+)$/,
      'must be "abstract", "Table N", "Figure N", "Section N", "Appendix X" or an https URL',
    ),
});

/** One reported number: what was measured, on what, how, and where it was checked. */
const result = z
  .strictObject({
    /** The benchmark or dataset entry the number is on (checked at build time: an entry of that kind). */
    benchmark: reference('methods').optional(),
    /** The benchmark's name when the catalogue has no entry for it. */
    benchmarkName: z.string().min(1).optional(),
    /** Split or subset ("test", "Diamond", "testmini", "MATH500"). */
    split: z.string().min(1).optional(),
    /** The model the number is for ("Mistral-7B (MetaMath SFT)"). */
    model: z.string().min(1),
    /** What is measured; its unit, range and direction come from src/lib/vocabulary.ts. */
    metric: z.enum(METRIC_NAMES),
    /** The number, in the metric's unit (percentages as 0 to 100). */
    value: z.number(),
    /** The number it is compared with in the same report, if any. */
    baseline: z.number().optional(),
    /** What the baseline is ("greedy chain of thought"). */
    baselineLabel: z.string().min(1).optional(),
    /** Exemplars in the prompt. */
    shots: z.number().int().min(0).optional(),
    /** Samples drawn per problem (the N of best-of-N or majority vote, the k of pass@k). */
    samples: z.number().int().min(1).optional(),
    /** How the answers were produced. */
    decoding: z.enum(DECODINGS).optional(),
    /** What picked or scored the answers, if anything did ("Math-Shepherd", "majority vote"). */
    verifier: z.string().min(1).optional(),
    /** Anything else needed to read the number ("after step-by-step PPO"). */
    setting: z.string().min(1).optional(),
    /** Where the number was checked. */
    source: resultSource,
  })
  .superRefine((value, context) => {
    if ((value.benchmark === undefined) === (value.benchmarkName === undefined))
      context.addIssue({
        code: 'custom',
        path: ['benchmark'],
        message: 'give exactly one of benchmark (an entry) and benchmarkName (a benchmark without an entry)',
      });
    const spec = METRICS[value.metric];
    for (const field of ['value', 'baseline'] as const) {
      const number = value[field];
      if (number !== undefined && (number < spec.min || number > spec.max))
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `${number} is outside the range of ${value.metric} (${spec.min} to ${spec.max} ${spec.unit})`,
        });
    }
  });

const methods = defineCollection({
  loader: glob({ pattern: '*.mdx', base: path.join(CONTENT_DIR, 'methods') }),
  schema: z.strictObject({
    /** Name of the entry as students know it ("Math-Shepherd", "Tree of Thoughts"). */
    title: z.string().min(1),
    /** Acronyms, long forms and other spellings a reader may type ("ToT", "tree of thought"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** One sentence on what it is, for cards, search results and meta tags (at most 160 characters). */
    summary: z.string().min(1).max(160),
    /** What the entry is. */
    kind: z.enum(KINDS),
    /** Where in a model's life it acts. */
    stage: z.enum(STAGES),
    /** True for an entry added after the survey, about work it does not cover; marked as such on the site. */
    afterSurvey: z.boolean().default(false),
    /** Topic tags from the controlled vocabulary in src/lib/vocabulary.ts. */
    tags: z.array(z.enum(TAGS)).default([]),
    /** Which signal trains or guides it, where the question applies. */
    supervision: z.enum(SUPERVISIONS).optional(),
    /**
     * What the entry needs to work or to be used, as short items for comparing entries side by side ("a reward
     * model or an answer checker"); plain text, each item at most 80 characters. Required: every entry needs something.
     */
    needs: z
      .array(
        z
          .string()
          .min(1)
          .max(80)
          .regex(/^[^*_`$<>[\]]*$/, 'must be plain text (no markup or math)'),
      )
      .min(1)
      .max(6),
    /**
     * Anchor of the display equation in the entry's body that defines it (an `<Equation id>`), shown when entries
     * are compared; checked at build time.
     */
    keyEquation: z.string().min(1).optional(),
    /** Year of the paper or release. */
    year: z.number().int().min(1900).max(2100).optional(),
    /**
     * Month of the first public version (YYYY-MM): for a paper on arXiv, the month of its identifier (checked at
     * build time); otherwise the release page's date. Required for an entry with a paper (checked at build time).
     */
    published: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2024-09')
      .optional(),
    /** What the survey turns on at this entry, for the timeline ("OpenAI o1 released"). */
    milestone: z.string().min(1).max(60).optional(),
    /** Where the paper appeared ("NeurIPS 2022", "ICLR 2024", "arXiv preprint", "blog post"). */
    venue: z.string().min(1).optional(),
    /** Authors as a display line; the first author followed by "et al." is enough. */
    authors: z.string().min(1).optional(),
    /** Citation key of the entry's paper in content/references.bib (checked at build time). */
    paper: z.string().min(1).optional(),
    /** arXiv identifier of the paper, new style: NNNN.NNNNN. */
    arxiv: z
      .string()
      .regex(/^\d{4}\.\d{4,5}$/, 'must be an arXiv id like 2501.09686')
      .optional(),
    /** Official code repository; only a URL that was checked. */
    code: z.url({ protocol: /^https$/ }).optional(),
    /** Links to other entries, each with how this entry relates to the other one. */
    related: z.array(z.strictObject({ entry: reference('methods'), relation: z.enum(RELATIONS) })).default([]),
    /**
     * The entry's row in the survey's tables, rendered by <SurveyTable> from these fields (so a table and the
     * entry pages cannot disagree). Label type and year come from `supervision` and `year`.
     */
    surveyTables: z
      .strictObject({
        /** Table 1, training data construction: who annotates, for which task, and how. */
        dataConstruction: z
          .strictObject({ annotator: z.enum(ANNOTATORS), task: z.string().min(1), method: z.string().min(1) })
          .optional(),
        /** Table 2, open-source attempts: what the project contributes at each stage. */
        openSource: z
          .strictObject({ data: z.string().min(1), training: z.string().min(1), testTime: z.string().min(1) })
          .optional(),
        /** Table 3, training-free techniques: the family and the approach within it. */
        trainingFree: z
          .strictObject({ family: z.enum(TRAINING_FREE_FAMILIES), approach: z.string().min(1) })
          .optional(),
      })
      .optional(),
    /** Reported results, each with where it was checked; rendered by <Results /> and on benchmark pages. */
    results: z.array(result).default([]),
    /** Day the entry was first published on the site (checked at build time: not in the future). */
    added: day,
    /** Day of its latest revision, when after `added` (checked at build time: not before `added`, not in the future). */
    revised: day.optional(),
    /** Public URLs where the facts on the page were checked. */
    sources: z.array(z.url({ protocol: /^https?$/ })).min(1),
    /** Hidden from the built site while true. */
    draft: z.boolean().default(false),
  }),
});

const references = defineCollection({
  loader: bibtexLoader(path.join(CONTENT_DIR, 'references.bib')),
  // Filled by src/lib/bibliography.ts, which already rejects malformed entries with the file and entry named.
  schema: z.strictObject({
    /** Citation key: the id for <Cite key> and the anchor on /references/. */
    key: z.string(),
    /** BibTeX entry type (article, inproceedings, misc, ...). */
    type: z.string(),
    /** Title with TeX markup turned into text. */
    title: z.string(),
    /** Authors as display names, in order. */
    authors: z.array(z.string()).min(1),
    /** Family name of each author, for "Wang et al.". */
    surnames: z.array(z.string()).min(1),
    /** Year of publication. */
    year: z.number().int(),
    /** Journal, proceedings or publisher. */
    venue: z.string().optional(),
    /** arXiv identifier from the `eprint` field. */
    arxiv: z.string().optional(),
    /** Link to the work. */
    url: z.url().optional(),
    /** Digital Object Identifier. */
    doi: z.string().optional(),
    /** The entry as written in the .bib file, for copying. */
    bibtex: z.string(),
  }),
});

const glossary = defineCollection({
  loader: file(path.join(CONTENT_DIR, 'glossary.yaml')),
  schema: z.strictObject({
    /** Anchor on /glossary/ and the id used by `<Term id>`. */
    id: slug,
    /** The term as displayed ("Process reward model (PRM)"). */
    term: z.string().min(1),
    /** One or two sentences, plain text. */
    definition: z.string().min(1).max(400),
    /** The catalogue entry that treats the term at length, if any. */
    entry: reference('methods').optional(),
  }),
});

/** A reading path step: an entry or a chapter, and a line on why it comes here. */
const pathStep = z
  .strictObject({
    entry: reference('methods').optional(),
    chapter: reference('chapters').optional(),
    /** Why this step matters on the way, in one sentence. */
    why: z.string().min(20).max(200),
  })
  .refine((step) => (step.entry === undefined) !== (step.chapter === undefined), {
    message: 'a step names either an entry or a chapter',
  });

const paths = defineCollection({
  loader: glob({ pattern: '*.yaml', base: path.join(CONTENT_DIR, 'paths') }),
  schema: z.strictObject({
    title: z.string().min(1).max(60),
    /** One sentence for the list of paths and the page's description (at most 160 characters). */
    summary: z.string().min(1).max(160),
    /** Place in the list of paths; unique (checked at build time). */
    order: z.number().int().positive(),
    steps: z.array(pathStep).min(4).max(12),
  }),
});

export const collections = { chapters, methods, references, glossary, paths };
