import type { Atlas } from '@myomap/atlas';
import { DEFAULT_WEIGHTS, rankSources, withWeights, type RankWeights } from '@myomap/engine';
import type { ScoredCase } from '../cases/case-schema.ts';
import { seededRandom } from '../support/random-inputs.ts';
import { computeMetrics, type Metrics } from './metrics.ts';

/** One tunable number: where it sits in the weights and the values tried (the shipped one among them). */
export interface Knob {
  readonly name: string;
  readonly values: readonly number[];
  readonly get: (w: RankWeights) => number;
  readonly set: (w: RankWeights, v: number) => RankWeights;
}

const ev = DEFAULT_WEIGHTS.evidence;
/** An evidence weight and its cap move together, the cap keeping its shipped multiple of the weight. */
const evidenceKnob = (name: 'movement' | 'activity' | 'symptom', values: readonly number[]): Knob => {
  const ratio = ev[`${name}Cap`] / ev[name];
  return {
    name: `evidence.${name}`,
    values,
    get: (w) => w.evidence[name],
    set: (w, v) => withWeights({ evidence: { [name]: v, [`${name}Cap`]: v * ratio } }, w),
  };
};

/** The search grid. Every knob's values include the shipped value (checked by the tune test). */
export const KNOBS: readonly Knob[] = [
  {
    name: 'zone.spillover',
    values: [0.55, 0.65, 0.75, 0.85],
    get: (w) => w.zone.spillover,
    set: (w, v) => withWeights({ zone: { spillover: v } }, w),
  },
  {
    name: 'culprit.common',
    values: [0.62, 0.72, 0.82],
    get: (w) => w.culprit.common,
    set: (w, v) => withWeights({ culprit: { common: v } }, w),
  },
  {
    name: 'culprit.occasional',
    values: [0.32, 0.42, 0.52, 0.62],
    get: (w) => w.culprit.occasional,
    set: (w, v) => withWeights({ culprit: { occasional: v } }, w),
  },
  {
    name: 'siblingShare',
    values: [0.1, 0.2, 0.3, 0.4],
    get: (w) => w.siblingShare,
    set: (w, v) => withWeights({ siblingShare: v }, w),
  },
  {
    name: 'localCredit',
    values: [0.2, 0.3, 0.4],
    get: (w) => w.localCredit,
    set: (w, v) => withWeights({ localCredit: v }, w),
  },
  {
    name: 'localDiscount',
    values: [0, 0.05, 0.15, 0.25, 0.35],
    get: (w) => w.localDiscount,
    set: (w, v) => withWeights({ localDiscount: v }, w),
  },
  {
    name: 'precisionWeight',
    values: [0.1, 0.18, 0.3],
    get: (w) => w.precisionWeight,
    set: (w, v) => withWeights({ precisionWeight: v }, w),
  },
  {
    name: 'coverageExponent',
    values: [1, 1.25, 1.5],
    get: (w) => w.coverageExponent,
    set: (w, v) => withWeights({ coverageExponent: v }, w),
  },
  evidenceKnob('movement', [0.16, 0.28, 0.4, 0.55]),
  evidenceKnob('activity', [0.06, 0.12, 0.2, 0.3]),
  evidenceKnob('symptom', [0.2, 0.3, 0.4]),
];

/** The figures the search ranks weight sets by: MRR first, then must-include@5, then top-1. */
export function evaluate(cases: readonly ScoredCase[], atlas: Atlas, weights: RankWeights): Metrics {
  return computeMetrics(
    cases,
    cases.map((c) => {
      const r = rankSources({ drawing: c.drawing, ...c.evidence }, atlas, { top: 25, weights });
      return {
        entries: r.ranked.map((x) => ({ muscle: x.muscle.id, side: x.side })),
        stopTier: r.stop?.tier,
      };
    }),
  );
}

/** A move must gain at least this much MRR or must-include@5 to be taken: no chasing noise. */
export const MIN_GAIN = 0.002;

/**
 * A Pareto move: MRR or must-include@5 rises by MIN_GAIN and neither of them nor top-3 falls. (Trading
 * must@5 for MRR overfits: both are targets, and every such trade on the tuning set hurt the check half.)
 */
const better = (a: Metrics, b: Metrics): boolean =>
  (a.mrr > b.mrr + MIN_GAIN || a.mustInclude5 > b.mustInclude5 + MIN_GAIN) &&
  a.mrr >= b.mrr &&
  a.mustInclude5 >= b.mustInclude5 &&
  a.top3 >= b.top3;

/** What a search returns: the weights it picked, their figures and every move it made. */
export interface SearchResult {
  readonly weights: RankWeights;
  readonly metrics: Metrics;
  readonly start: Metrics;
  readonly moves: readonly string[];
  readonly evaluations: number;
}

/**
 * Seeded coordinate search from the shipped weights: in passes (knob order shuffled by the seed), try
 * each value of each knob and keep it when it beats the current set by MIN_GAIN; stop when a pass moves
 * nothing. Deterministic: the same cases, atlas and seed give the same weights.
 */
export function searchWeights(
  cases: readonly ScoredCase[],
  atlas: Atlas,
  seed: number,
  maxPasses = 3,
): SearchResult {
  const rnd = seededRandom(seed);
  let weights = DEFAULT_WEIGHTS;
  let current = evaluate(cases, atlas, weights);
  const start = current;
  const moves: string[] = [];
  let evaluations = 1;
  for (let pass = 0; pass < maxPasses; pass++) {
    const order = KNOBS.map((k) => ({ k, r: rnd() }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.k);
    let moved = false;
    for (const knob of order) {
      for (const v of knob.values) {
        if (v === knob.get(weights)) continue;
        const candidate = knob.set(weights, v);
        const m = evaluate(cases, atlas, candidate);
        evaluations++;
        if (better(m, current)) {
          moves.push(
            `${knob.name} ${knob.get(weights)} -> ${v}: MRR ${current.mrr} -> ${m.mrr}, must@5 ${current.mustInclude5} -> ${m.mustInclude5}`,
          );
          weights = candidate;
          current = m;
          moved = true;
        }
      }
    }
    if (!moved) break;
  }
  return { weights, metrics: current, start, moves, evaluations };
}
