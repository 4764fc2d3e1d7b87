import type { EvalCase } from '../cases/case-schema.ts';

/** What one method answered for one case. */
export interface CaseAnswer {
  readonly muscles: readonly string[];
  readonly stopTier?: 'emergency' | 'urgent' | 'refer' | 'caution' | undefined;
}

/** Aggregate figures for a group of cases. */
export interface Metrics {
  readonly cases: number;
  readonly rankedCases: number;
  readonly top1: number;
  readonly top3: number;
  readonly top5: number;
  readonly mrr: number;
  readonly mustInclude5: number;
  readonly redFlagCases: number;
  readonly redFlagRecall: number;
}

const SEVERITY = { emergency: 0, urgent: 1, refer: 2, caution: 3 } as const;

/** The muscles that count as a right answer: mustInclude, or the first expected muscle. */
export function relevantMuscles(c: EvalCase): string[] {
  if (c.mustInclude.length > 0) return c.mustInclude;
  return c.expected.slice(0, 1);
}

/** Rank (1-based) of the first relevant muscle, or undefined. */
export function firstRelevantRank(c: EvalCase, muscles: readonly string[]): number | undefined {
  const relevant = new Set(relevantMuscles(c));
  const i = muscles.findIndex((m) => relevant.has(m));
  return i < 0 ? undefined : i + 1;
}

/** Computes hit rates, MRR, must-include@5 and red-flag recall over cases and their answers. */
export function computeMetrics(cases: readonly EvalCase[], answers: readonly CaseAnswer[]): Metrics {
  let ranked = 0;
  let top1 = 0;
  let top3 = 0;
  let top5 = 0;
  let rr = 0;
  let must = 0;
  let flagCases = 0;
  let flagHits = 0;
  cases.forEach((c, i) => {
    const a = answers[i] ?? { muscles: [] };
    if (c.expectedRedFlagTier !== undefined) {
      flagCases++;
      if (a.stopTier !== undefined && SEVERITY[a.stopTier] <= SEVERITY[c.expectedRedFlagTier]) flagHits++;
    }
    if (relevantMuscles(c).length === 0) return;
    ranked++;
    const rank = firstRelevantRank(c, a.muscles);
    if (rank !== undefined) {
      if (rank <= 1) top1++;
      if (rank <= 3) top3++;
      if (rank <= 5) top5++;
      rr += 1 / rank;
    }
    const top = new Set(a.muscles.slice(0, 5));
    if (c.mustInclude.every((m) => top.has(m))) must++;
  });
  const div = (n: number, d: number): number => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000);
  return {
    cases: cases.length,
    rankedCases: ranked,
    top1: div(top1, ranked),
    top3: div(top3, ranked),
    top5: div(top5, ranked),
    mrr: div(rr, ranked),
    mustInclude5: div(must, ranked),
    redFlagCases: flagCases,
    redFlagRecall: div(flagHits, flagCases),
  };
}
