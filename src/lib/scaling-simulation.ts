/**
 * A toy model of test-time scaling for the explorable figure of the test-time scaling chapter: how the share of
 * problems solved by majority vote, best-of-N and weighted best-of-N changes as the number of samples N grows.
 *
 * The model in two sentences, as the chapter states it: problems differ in difficulty, so each has its own chance
 * that one sample is correct (averaging the model's accuracy), and a wrong sample gives one of three wrong answers,
 * one of them as common as the other two together. A verifier scores each sample, higher on average when it is
 * correct, but a small share of wrong samples fool it and score as highly as a near-perfect verifier would score a
 * correct one.
 *
 * Everything is deterministic: the random draws come from a seeded generator and are the same for every setting
 * (common random numbers), so moving a slider changes the curves smoothly instead of redrawing the noise.
 */

/** The settings a reader controls. */
export interface ScalingParams {
  /** Mean chance that a single sample solves a problem (pass@1 over the problem set), between 0 and 1. */
  accuracy: number;
  /**
   * Chance that the verifier scores a correct sample above a wrong one that does not fool it (the area under its
   * ROC curve), between 0.5 (a coin flip) and 1.
   */
  verifierQuality: number;
  /** Share of wrong samples that fool the verifier, between 0 and 1. */
  foolingShare: number;
}

/** The settings the static figure is drawn with; the figure's sliders start here. */
export const DEFAULT_PARAMS: Readonly<ScalingParams> = { accuracy: 0.4, verifierQuality: 0.8, foolingShare: 0.02 };

/**
 * The numbers of samples per problem the curves are computed at: the powers of two from 1 to 256, evenly spaced on
 * the chart's log scale (simulateScaling relies on their being powers of two).
 */
export const SAMPLE_COUNTS: readonly number[] = [1, 2, 4, 8, 16, 32, 64, 128, 256];

/** The fixed parts of the model, named so that the tests can check the curves against them. */
export const MODEL = {
  /** Wrong samples give one of three wrong answers: the first takes this share, the other two split the rest. */
  popularWrongShare: 0.5,
  /** Spread of difficulty: the logit of a problem's chance of success varies by this much (logistic scale). */
  difficultySpread: 1.2,
  /**
   * Mean score of a fooling sample on the verifier's internal scale, where wrong samples score 0 on average and
   * every score has noise of standard deviation 1: a verifier must reach quality Φ(2.5/√2) ≈ 96% before its
   * correct samples score above the fooling ones on average.
   */
  foolingScore: 2.5,
} as const;

/** Accuracy curves over SAMPLE_COUNTS: the share of problems answered correctly by each method (0 to 1). */
export interface ScalingCurves {
  /** The numbers of samples, N. */
  n: number[];
  /** The most frequent answer (eq-majority-vote); a tie is split evenly among the tied answers. */
  majority: number[];
  /** The answer of the single top-scored sample. */
  bestOfN: number[];
  /** The answer with the highest sum of scores (eq-weighted-best-of-n). */
  weighted: number[];
  /** The share of problems with at least one correct sample (pass@N): a bound no way of choosing can beat. */
  coverage: number[];
}

/** How large a simulated problem set to use; the defaults keep a recomputation well under 30 ms. */
export interface SimulationSize {
  /** Number of problems, spread evenly over the difficulty distribution. */
  problems: number;
  /** Independent runs of N samples per problem, averaged. */
  trials: number;
  seed: number;
}

export const DEFAULT_SIZE: Readonly<SimulationSize> = { problems: 200, trials: 6, seed: 20250116 };

/**
 * Fills `out` with the next numbers in [0, 1) of a mulberry32 generator (a small, fast 32-bit generator) whose
 * state is `state`, and returns the new state: the same state always gives the same numbers. A loop over a local
 * state rather than the usual closure, because V8 keeps a local integer in a register but boxes one captured by a
 * closure, which made drawing the numbers five times slower.
 */
export function fillUniforms(state: number, out: Float64Array): number {
  let current = state | 0;
  for (let index = 0; index < out.length; index += 1) {
    current = (current + 0x6d2b79f5) | 0;
    let t = current;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[index] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return current;
}

/**
 * The quantile function of the standard normal distribution (Acklam's rational approximation, relative error
 * below 1.2e-9), for p strictly between 0 and 1.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    const x =
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/**
 * How far apart, in units of the score noise, the verifier's mean scores for correct and wrong samples are, for a
 * verifier of the given quality: two normal scores with equal spread are ordered correctly with chance
 * Φ(separation/√2), so separation = √2 Φ⁻¹(quality).
 */
export function scoreSeparation(verifierQuality: number): number {
  if (verifierQuality <= 0.5) return 0;
  return Math.SQRT2 * normalQuantile(Math.min(verifierQuality, 0.9999));
}

/**
 * Normal noise by table: the quantiles of 4,096 evenly spaced probabilities. A uniform draw picks one, which is
 * several times faster than computing a logarithm and a cosine per sample and leaves the curves the same to well
 * within their sampling noise (the table reaches ±3.5 standard deviations, beyond the best of 256 draws).
 */
const NORMAL_TABLE = Float64Array.from({ length: 4096 }, (_, i) => normalQuantile((i + 0.5) / 4096));

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Each problem's chance that one sample solves it: `count` problems spread evenly over a logistic distribution of
 * difficulty, shifted so that their mean is `accuracy`. Sorted from the hardest problem to the easiest.
 */
export function problemDifficulties(accuracy: number, count: number): number[] {
  if (!(accuracy > 0 && accuracy < 1)) throw new RangeError(`accuracy must be between 0 and 1, got ${accuracy}`);
  const offsets = Array.from({ length: count }, (_, i) => MODEL.difficultySpread * logit((i + 0.5) / count));
  const at = (shift: number) => offsets.map((offset) => sigmoid(shift + offset));
  const mean = (shift: number) => at(shift).reduce((sum, p) => sum + p, 0) / count;
  // The mean grows with the shift, so bisection finds the shift that gives the requested accuracy.
  let low = -20;
  let high = 20;
  for (let step = 0; step < 50; step += 1) {
    const middle = (low + high) / 2;
    if (mean(middle) < accuracy) low = middle;
    else high = middle;
  }
  return at((low + high) / 2);
}

function checkParams({ accuracy, verifierQuality, foolingShare }: ScalingParams): void {
  if (!(accuracy > 0 && accuracy < 1)) throw new RangeError(`accuracy must be between 0 and 1, got ${accuracy}`);
  if (!(verifierQuality >= 0.5 && verifierQuality <= 1))
    throw new RangeError(`verifierQuality must be between 0.5 and 1, got ${verifierQuality}`);
  if (!(foolingShare >= 0 && foolingShare <= 1))
    throw new RangeError(`foolingShare must be between 0 and 1, got ${foolingShare}`);
}

/** Share of the winners that are correct when `count` answers tie for first place and one of them may be correct. */
const tieCredit = (correctWins: boolean, count: number) => (correctWins ? 1 / count : 0);

/**
 * Simulates the problem set and returns the accuracy of each method at every N in SAMPLE_COUNTS. One run draws 256
 * samples of a problem once and scores every method on its first N samples, so the curves of a run are nested, as
 * if the budget were raised on the same samples.
 */
export function simulateScaling(params: ScalingParams, size: SimulationSize = DEFAULT_SIZE): ScalingCurves {
  checkParams(params);
  const { foolingShare } = params;
  const separation = scoreSeparation(params.verifierQuality);
  const difficulties = problemDifficulties(params.accuracy, size.problems);
  const maxN = SAMPLE_COUNTS.at(-1)!;
  const totals = {
    majority: new Float64Array(SAMPLE_COUNTS.length),
    bestOfN: new Float64Array(SAMPLE_COUNTS.length),
    weighted: new Float64Array(SAMPLE_COUNTS.length),
    coverage: new Float64Array(SAMPLE_COUNTS.length),
  };
  // A sample is correct, wrong, or wrong and fooling the verifier; its score is the mean of its kind plus noise.
  const meanScores = [separation, 0, MODEL.foolingScore];
  // The score the verifier reports, which the weighted vote adds up: its confidence that the sample is correct,
  // between 0 and 1, as a calibrated verifier that knows nothing of fooling samples would state it. Tabulated per
  // kind and noise value, because computing it per sample would double the run time.
  const levels = NORMAL_TABLE.length;
  const reported = new Float64Array(3 * levels);
  for (let kind = 0; kind < 3; kind += 1)
    for (let level = 0; level < levels; level += 1)
      reported[kind * levels + level] = sigmoid(
        separation * (meanScores[kind]! + NORMAL_TABLE[level]! - separation / 2),
      );
  // Answer 0 is the correct one; 1 is the popular wrong answer, 2 and 3 the others.
  const votes = new Float64Array(4);
  const scoreSums = new Float64Array(4);
  // Three draws per sample whatever the settings, so every setting sees the same random numbers.
  const draws = new Float64Array(3 * maxN);
  let state = size.seed;

  for (const solveChance of difficulties) {
    // A draw below solveChance is a correct answer; the rest of [0, 1) is cut among the three wrong answers.
    const popularCut = solveChance + (1 - solveChance) * MODEL.popularWrongShare;
    const secondCut = (popularCut + 1) / 2;
    for (let trial = 0; trial < size.trials; trial += 1) {
      votes.fill(0);
      scoreSums.fill(0);
      let bestScore = -Infinity;
      let bestCorrect = false;
      let anyCorrect = false;
      let checkpoint = 0;
      state = fillUniforms(state, draws);
      for (let sample = 1; sample <= maxN; sample += 1) {
        const answerDraw = draws[3 * sample - 3]!;
        const foolDraw = draws[3 * sample - 2]!;
        const level = (draws[3 * sample - 1]! * levels) | 0;
        let answer = 0;
        let kind = 0;
        if (answerDraw >= solveChance) {
          answer = answerDraw < popularCut ? 1 : answerDraw < secondCut ? 2 : 3;
          kind = foolDraw < foolingShare ? 2 : 1;
        }
        const score = meanScores[kind]! + NORMAL_TABLE[level]!;
        votes[answer]! += 1;
        scoreSums[answer]! += reported[kind * levels + level]!;
        if (answer === 0) anyCorrect = true;
        // Best-of-N ranks by the score itself: the reported confidence orders samples the same way.
        if (score > bestScore) {
          bestScore = score;
          bestCorrect = answer === 0;
        }
        // SAMPLE_COUNTS are the powers of two.
        if ((sample & (sample - 1)) !== 0) continue;
        totals.majority[checkpoint]! += pluralityCredit(votes);
        totals.weighted[checkpoint]! += pluralityCredit(scoreSums);
        totals.bestOfN[checkpoint]! += bestCorrect ? 1 : 0;
        totals.coverage[checkpoint]! += anyCorrect ? 1 : 0;
        checkpoint += 1;
      }
    }
  }
  const runs = size.problems * size.trials;
  const share = (values: Float64Array) => Array.from(values, (value) => value / runs);
  return {
    n: [...SAMPLE_COUNTS],
    majority: share(totals.majority),
    bestOfN: share(totals.bestOfN),
    weighted: share(totals.weighted),
    coverage: share(totals.coverage),
  };
}

/** 1 when answer 0 (the correct one) has the most weight, a fair share of 1 when it ties for the most, else 0. */
function pluralityCredit(weights: Float64Array): number {
  let top = -Infinity;
  let count = 0;
  for (const weight of weights) {
    if (weight > top) {
      top = weight;
      count = 1;
    } else if (weight === top) count += 1;
  }
  return top > 0 ? tieCredit(weights[0] === top, count) : 0;
}
