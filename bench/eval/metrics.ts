import type { ScoredCase } from '../cases/case-schema.ts';

/** One answer line: a muscle and, when the method says it, the side ('both' for a bilateral pattern). */
export interface AnswerEntry {
  readonly muscle: string;
  /** undefined: the method names no side (baselines list the drawn side's guide; counted as fitting). */
  readonly side?: 'l' | 'r' | 'm' | 'both' | undefined;
}

/** What one method answered for one case. */
export interface CaseAnswer {
  readonly entries: readonly AnswerEntry[];
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
export function relevantMuscles(c: ScoredCase): string[] {
  if (c.mustInclude.length > 0) return c.mustInclude;
  return c.expected.slice(0, 1);
}

/**
 * The side a case's answer must be on: its expectedSide, else the one side its drawing is on; undefined
 * for a bilateral or midline-only drawing (any side, or a both-sides pattern, counts).
 */
export function caseSide(c: ScoredCase): 'l' | 'r' | undefined {
  if (c.expectedSide === 'l' || c.expectedSide === 'r') return c.expectedSide;
  const lateral = new Set(c.drawing.map((d) => d.region.slice(0, 1)).filter((s) => s === 'l' || s === 'r'));
  if (lateral.size !== 1) return undefined;
  return [...lateral][0] as 'l' | 'r';
}

/** True when an answer entry is on a side the case accepts: its own side, or a midline (unpaired) muscle. */
export function sideFits(entry: AnswerEntry, side: 'l' | 'r' | undefined): boolean {
  if (side === undefined || entry.side === undefined) return true;
  return entry.side === side || entry.side === 'm';
}

/** Rank (1-based) of the first relevant muscle on a fitting side, or undefined. */
export function firstRelevantRank(c: ScoredCase, entries: readonly AnswerEntry[]): number | undefined {
  const relevant = new Set(relevantMuscles(c));
  const side = caseSide(c);
  const i = entries.findIndex((e) => relevant.has(e.muscle) && sideFits(e, side));
  return i < 0 ? undefined : i + 1;
}

/** Computes hit rates, MRR, must-include@5 and red-flag recall over cases and their answers, side scored. */
export function computeMetrics(cases: readonly ScoredCase[], answers: readonly CaseAnswer[]): Metrics {
  let ranked = 0;
  let top1 = 0;
  let top3 = 0;
  let top5 = 0;
  let rr = 0;
  let must = 0;
  let flagCases = 0;
  let flagHits = 0;
  cases.forEach((c, i) => {
    const a = answers[i] ?? { entries: [] };
    if (c.expectedRedFlagTier !== undefined) {
      flagCases++;
      if (a.stopTier !== undefined && SEVERITY[a.stopTier] <= SEVERITY[c.expectedRedFlagTier]) flagHits++;
    }
    if (relevantMuscles(c).length === 0) return;
    ranked++;
    const rank = firstRelevantRank(c, a.entries);
    if (rank !== undefined) {
      if (rank <= 1) top1++;
      if (rank <= 3) top3++;
      if (rank <= 5) top5++;
      rr += 1 / rank;
    }
    const side = caseSide(c);
    const top = a.entries.slice(0, 5).filter((e) => sideFits(e, side));
    if (c.mustInclude.every((m) => top.some((e) => e.muscle === m))) must++;
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
