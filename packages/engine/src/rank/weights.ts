/**
 * Every weight of the source ranking in one place. docs/ranking.md gives the reasoning for each;
 * change them only with the evaluation (`npm run eval`) and `bench/tune.ts` on the tuning set.
 * The weights are an input: `rankSources(input, atlas, { weights })`; these are the defaults.
 */
const DEFAULTS = {
  /** Credit for a drawn region in a muscle's essential zone / spillover zone. */
  zone: { essential: 1.0, spillover: 0.75 },
  /**
   * How strongly the pain guides name the muscle for that region. Occasional was 0.42 until blind set 1
   * joined the tuning cases (2026-12-03); bench/tune.ts on all tuning cases picks 0.52.
   */
  culprit: { primary: 1.0, common: 0.82, occasional: 0.52 },
  /** A drawn region next to (same parent area, same side) a referred region earns this share of that region's credit. */
  siblingShare: 0.3,
  /** A drawn region over one of the muscle's own trigger points (local pain) when the pattern does not already cover it. */
  localCredit: 0.3,
  /**
   * Pattern credit is cut by this share where the drawn region is also over the muscle's own trigger point
   * ("don't chase the pain"). 0.15 until the sourcing of 2026-12-03; bench/tune.ts then picks 0.05.
   */
  localDiscount: 0.05,
  /** Weight of a drawn region: base + slope × intensity/10 (intensity 0 still counts a little). */
  intensityBase: 0.55,
  intensitySlope: 0.9,
  /** How much a pattern's undrawn essential regions pull the score down (0 = not at all). */
  precisionWeight: 0.18,
  /** Exponent on coverage: above 1 rewards explaining most of the drawing over explaining a bit of it. */
  coverageExponent: 1,
  /**
   * Credit of a pattern mapped by experiment on volunteers (saline injection, needle stimulation; atlas
   * EXPERIMENTAL_PATTERNS) relative to one the manuals draw from patients. Set a priori, not tuned:
   * such a pattern shows where a muscle can refer, not how often it is the cause, from one small study.
   */
  experimentalFactor: 0.6,
  /** Evidence, as fractions added to the pattern score, each with a cap. */
  evidence: {
    // 0.28 / 0.56 until December 2026; bench/tune.ts on all tuning cases (seed 1, Pareto moves) picks 0.4
    movement: 0.4,
    movementCap: 0.8,
    // 0.12 / 0.36 until 2026-12-03; bench/tune.ts on all tuning cases (blind set 1 included) picks 0.2
    activity: 0.2,
    activityCap: 0.6,
    symptom: 0.3,
    symptomCap: 0.6,
    palpationConfirmed: 1.0,
    palpationClearFactor: 0.3,
  },
  /** A both-sides candidate must beat the better single side by this factor to replace it. */
  bothSidesGain: 1.02,
  /** The explaining set stops when this share of the drawing is explained or no muscle adds this much. */
  coverTarget: 0.95,
  coverMinGain: 0.05,
  /** Regions whose best credit from any muscle is below this are reported as unexplained. */
  unexplainedBelow: 0.2,
};

type Widen<T> = { readonly [K in keyof T]: T[K] extends number ? number : Widen<T[K]> };

/** The shape of a full set of ranking weights (every number of DEFAULT_WEIGHTS). */
export type RankWeights = Widen<typeof DEFAULTS>;

/** A partial set of weights, for `withWeights`. */
export type WeightOverrides = {
  readonly [K in keyof RankWeights]?: Partial<RankWeights[K]> | RankWeights[K];
};

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (typeof v === 'object' && v !== null) deepFreeze(v);
  return Object.freeze(o);
}

/** The shipped weights, frozen: what `rankSources` uses when no weights are passed. */
export const DEFAULT_WEIGHTS: RankWeights = deepFreeze(DEFAULTS);

/** The shipped weights (same object as DEFAULT_WEIGHTS; kept for existing callers). */
export const WEIGHTS: RankWeights = DEFAULT_WEIGHTS;

/** A new frozen weight set: `base` (default: the shipped weights) with some numbers replaced. */
export function withWeights(overrides: WeightOverrides, base: RankWeights = DEFAULT_WEIGHTS): RankWeights {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) {
    const o = (overrides as Record<string, unknown>)[k];
    out[k] = o === undefined ? v : typeof v === 'object' ? { ...v, ...(o as object) } : o;
  }
  return deepFreeze(out as RankWeights);
}

/** Weight of a drawn region from its intensity. */
export function intensityWeight(intensity: number, weights: RankWeights = DEFAULT_WEIGHTS): number {
  return weights.intensityBase + (weights.intensitySlope * Math.max(0, Math.min(10, intensity))) / 10;
}
