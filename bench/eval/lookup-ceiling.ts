import { drawnSymptoms } from '@myomap/engine';
import type { EvalCase } from '../cases/case-schema.ts';
import { firstRelevantRank, relevantMuscles, type CaseAnswer } from './metrics.ts';

/** The most any ranker can gain in MRR over the single-area lookup on a set of cases. */
export interface LookupCeiling {
  readonly cases: number;
  /** Cases with more than one drawn region or any evidence: where ranking can beat a lookup. */
  readonly rankableCases: number;
  readonly lookupMrr: number;
  /** MRR gain if every rankable case put a must-include muscle first and one-region cases matched the lookup. */
  readonly maxGain: number;
}

/**
 * True when the case is one drawn region, no evidence and no drawn symptom (tingling, numbness,
 * burning): the region's pain guide is the whole answer.
 */
export function isLookupOnly(c: EvalCase): boolean {
  if (drawnSymptoms(c.drawing).length > 0) return false;
  const evidence = Object.values(c.evidence ?? {}).some((v) =>
    Array.isArray(v) ? v.length > 0 : v !== undefined,
  );
  return new Set(c.drawing.map((d) => d.region)).size === 1 && !evidence;
}

/**
 * The ceiling of the finder's MRR gain over the single-area lookup: perfect on every case where the
 * whole picture carries information, equal to the lookup where the drawing is one region and nothing else.
 */
export function lookupCeiling(cases: readonly EvalCase[], lookup: readonly CaseAnswer[]): LookupCeiling {
  let n = 0;
  let rankable = 0;
  let lookupRr = 0;
  let bestRr = 0;
  cases.forEach((c, i) => {
    if (relevantMuscles(c).length === 0) return;
    n++;
    const rank = firstRelevantRank(c, lookup[i]?.muscles ?? []);
    const rr = rank === undefined ? 0 : 1 / rank;
    lookupRr += rr;
    if (isLookupOnly(c)) bestRr += rr;
    else {
      rankable++;
      bestRr += 1;
    }
  });
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    cases: n,
    rankableCases: rankable,
    lookupMrr: n === 0 ? 0 : round(lookupRr / n),
    maxGain: n === 0 ? 0 : round((bestRr - lookupRr) / n),
  };
}
