/**
 * The controlled vocabularies of the catalogue. The schema validates against these lists and the pages
 * label them, so a new kind, stage or tag is added here and nowhere else.
 */

/** What an entry is. */
export const KINDS = [
  'method',
  'algorithm',
  'reward-model',
  'model',
  'project',
  'dataset',
  'benchmark',
  'concept',
] as const;
export type Kind = (typeof KINDS)[number];

/** Where in an LLM's life an entry acts. */
export const STAGES = [
  'data-construction',
  'pre-training',
  'fine-tuning',
  'reinforcement-learning',
  'test-time',
  'evaluation',
  'background',
] as const;
export type Stage = (typeof STAGES)[number];

/** Topic tags: a small, closed list so that facets stay useful. */
export const TAGS = [
  'mcts',
  'beam-search',
  'self-training',
  'preference-optimization',
  'process-supervision',
  'outcome-supervision',
  'prompting',
  'agents',
  'verification',
  'memory',
  'reward-modeling',
  'policy-optimization',
  'search',
  'distillation',
  'human-annotation',
  'math',
  'code',
  'logic',
  'commonsense',
  'multi-agent',
  'tool-use',
  'scaling',
] as const;
export type Tag = (typeof TAGS)[number];

/** Which signal trains or guides the entry, where that question applies. */
export const SUPERVISIONS = ['outcome', 'process', 'none'] as const;
export type Supervision = (typeof SUPERVISIONS)[number];

/** Annotator groups of the survey's Table 1 (training data construction), in its order. */
export const ANNOTATORS = [
  'Human annotation',
  'Human-LLM collaboration',
  'LLM automation',
  'LLM automation with feedback',
] as const;
export type Annotator = (typeof ANNOTATORS)[number];

/** Families of training-free test-time techniques (the survey's Figure 4 and Table 3), in its order. */
export const TRAINING_FREE_FAMILIES = [
  'Verbal reinforcement search',
  'Memory-based reinforcement',
  'Agentic system search',
] as const;
export type TrainingFreeFamily = (typeof TRAINING_FREE_FAMILIES)[number];

/** How one entry relates to another; each relation has a reverse reading shown on the other entry. */
export const RELATIONS = ['builds-on', 'extends', 'compares-with', 'uses'] as const;
export type Relation = (typeof RELATIONS)[number];

const KIND_LABELS: Record<Kind, string> = {
  method: 'Method',
  algorithm: 'Algorithm',
  'reward-model': 'Reward model',
  model: 'Model',
  project: 'Project',
  dataset: 'Dataset',
  benchmark: 'Benchmark',
  concept: 'Concept',
};

const STAGE_LABELS: Record<Stage, string> = {
  'data-construction': 'Data construction',
  'pre-training': 'Pre-training',
  'fine-tuning': 'Fine-tuning',
  'reinforcement-learning': 'Reinforcement learning',
  'test-time': 'Test time',
  evaluation: 'Evaluation',
  background: 'Background',
};

/** Relation as read from the entry that declares it, and from the entry it points to. */
const RELATION_LABELS: Record<Relation, { forward: string; reverse: string }> = {
  'builds-on': { forward: 'Builds on', reverse: 'Built on by' },
  extends: { forward: 'Extends', reverse: 'Extended by' },
  'compares-with': { forward: 'Compared with', reverse: 'Compared with' },
  uses: { forward: 'Uses', reverse: 'Used by' },
};

/** Human label of a kind, for badges and filters. */
export function kindLabel(kind: Kind): string {
  return KIND_LABELS[kind];
}

/** Human label of a stage, for badges and filters. */
export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}

/** Label of a relation seen from the declaring entry (`forward`) or from its target (`reverse`). */
export function relationLabel(relation: Relation, direction: 'forward' | 'reverse'): string {
  return RELATION_LABELS[relation][direction];
}

/** How a reported number is measured: its unit, the range a value can take, and which way is better. */
export interface MetricSpec {
  unit: '%' | 'points' | 'rating' | 'count' | 'US$' | 'score';
  min: number;
  max: number;
  higherIsBetter: boolean;
}

const PERCENT: MetricSpec = { unit: '%', min: 0, max: 100, higherIsBetter: true };

/**
 * The metrics results may report. A value outside its metric's range fails the build, so a percentage typed as
 * a fraction (0.78) or a count typed as a percentage is caught.
 */
export const METRICS = {
  accuracy: PERCENT,
  'pass@1': PERCENT,
  'pass@k': PERCENT,
  'majority-vote accuracy': PERCENT,
  'solve rate': PERCENT,
  'success rate': PERCENT,
  'resolved rate': PERCENT,
  'win rate': PERCENT,
  'exact match': PERCENT,
  F1: PERCENT,
  BLEU: PERCENT,
  percentile: PERCENT,
  'error rate': { ...PERCENT, higherIsBetter: false },
  'accuracy gain': { unit: 'points', min: -100, max: 100, higherIsBetter: true },
  'Elo rating': { unit: 'rating', min: 0, max: 4000, higherIsBetter: true },
  'problems solved': { unit: 'count', min: 0, max: 1_000_000, higherIsBetter: true },
  score: { unit: 'score', min: 0, max: 1_000_000, higherIsBetter: true },
  cost: { unit: 'US$', min: 0, max: 1_000_000, higherIsBetter: false },
} as const satisfies Record<string, MetricSpec>;
export type Metric = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as [Metric, ...Metric[]];

/** How the answers behind a result were produced. */
export const DECODINGS = ['greedy', 'sampling', 'beam search', 'tree search'] as const;
export type Decoding = (typeof DECODINGS)[number];
