/**
 * The site's data for reuse: `/methods.json` (every entry's structured data and URL) and `/glossary.json`, with the
 * schemas they follow. The schemas here are the contract: the build validates what it writes against them, the
 * tests validate the built files, and `/methods.schema.json` publishes them as JSON Schema. A change that breaks a
 * reader of version N raises the version.
 */
import { z } from 'astro/zod';
import { DECODINGS, KINDS, METRIC_NAMES, RELATIONS, STAGES, SUPERVISIONS, TAGS } from './vocabulary.ts';

/** Version of the open-data files' format. */
export const OPEN_DATA_VERSION = 1;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One reported number, as in the entry's `results` (see README, "Results"). */
const resultRecord = z.strictObject({
  benchmark: z.string().optional().describe('id of the benchmark entry'),
  benchmarkName: z.string().optional().describe('name of a benchmark without an entry'),
  split: z.string().optional(),
  model: z.string(),
  metric: z.enum(METRIC_NAMES),
  value: z.number(),
  baseline: z.number().optional(),
  baselineLabel: z.string().optional(),
  shots: z.number().int().optional(),
  samples: z.number().int().optional(),
  decoding: z.enum(DECODINGS).optional(),
  verifier: z.string().optional(),
  setting: z.string().optional(),
  source: z.strictObject({ key: z.string(), where: z.string() }).describe('where the number was checked'),
});

/** One entry of /methods.json. */
export const methodRecord = z.strictObject({
  id: z.string().describe('slug, also the last segment of the URL'),
  url: z.url(),
  title: z.string(),
  aliases: z.array(z.string()),
  summary: z.string(),
  kind: z.enum(KINDS),
  stage: z.enum(STAGES),
  afterSurvey: z.boolean().describe('added after the survey, about work it does not cover'),
  tags: z.array(z.enum(TAGS)),
  supervision: z.enum(SUPERVISIONS).optional(),
  year: z.number().int().optional(),
  published: z.string().optional().describe('YYYY-MM of the first public version'),
  venue: z.string().optional(),
  authors: z.string().optional(),
  paper: z
    .strictObject({
      key: z.string(),
      title: z.string(),
      authors: z.array(z.string()),
      year: z.number().int(),
      arxiv: z.string().optional(),
      url: z.string().optional(),
    })
    .optional(),
  arxiv: z.string().optional(),
  code: z.url().optional(),
  needs: z.array(z.string()).min(1),
  keyEquation: z.string().optional().describe('TeX of the equation that defines the entry'),
  related: z.array(z.strictObject({ entry: z.string(), relation: z.enum(RELATIONS) })),
  results: z.array(resultRecord),
  sources: z.array(z.url()),
  added: day,
  revised: day.optional(),
});
export type MethodRecord = z.infer<typeof methodRecord>;

/** /methods.json. */
export const methodsFile = z.strictObject({
  version: z.literal(OPEN_DATA_VERSION),
  site: z.url(),
  count: z.number().int(),
  entries: z.array(methodRecord),
});

/** /glossary.json. */
export const glossaryFile = z.strictObject({
  version: z.literal(OPEN_DATA_VERSION),
  site: z.url(),
  count: z.number().int(),
  terms: z.array(
    z.strictObject({
      id: z.string(),
      term: z.string(),
      definition: z.string(),
      url: z.url(),
      entry: z.url().optional().describe('the catalogue entry that treats the term at length'),
    }),
  ),
});

/** The methods file as JSON Schema (draft 2020-12), for readers in other languages. */
export function methodsJsonSchema(): unknown {
  return z.toJSONSchema(methodsFile);
}

/** Drops undefined fields, so that the JSON has no `"x": undefined` gaps and passes the strict schema. */
export function compact<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
