import type { ExplainingSetEntry, RankedCandidate, RegionMatch } from './rank-types.ts';
import type { WeightedDrawing } from './match-drawing.ts';
import type { RankWeights } from './weights.ts';

type Member = Pick<RankedCandidate, 'muscle' | 'side' | 'score' | 'coverage' | 'explains'>;

/**
 * The smallest set of candidates that together explain the drawing, from the same numbers as the
 * ranked list (greedy set cover over credit-weighted coverage):
 * - a member's gain is the drawing weight × credit it adds over what earlier members already explain
 *   there (the same credits the ranked list's coverage sums), so shares add up to the set's coverage;
 * - each step takes the candidate with the largest gain × (its score / its coverage): the first member
 *   is therefore the top of the ranked list, and later ones are weighed by the same fit the list uses;
 * - it stops when `coverTarget` of the drawing is explained or no candidate adds `coverMinGain`.
 * `candidates` must be in ranked order (their position is reported as `rank`).
 */
export function explainingSet(
  candidates: readonly Member[],
  drawing: WeightedDrawing,
  weights: RankWeights,
): ExplainingSetEntry[] {
  const weight = new Map(drawing.regions.map((r) => [r.id, r.weight]));
  const best = new Map<string, number>();
  const chosen: ExplainingSetEntry[] = [];
  const taken = new Set<number>();
  let share = 0;
  while (share < weights.coverTarget - 1e-9 && drawing.total > 0) {
    let pick: { i: number; gain: number; value: number; reasons: RegionMatch[] } | undefined;
    candidates.forEach((c, i) => {
      if (taken.has(i) || c.coverage <= 0) return;
      let gain = 0;
      const reasons: RegionMatch[] = [];
      for (const m of c.explains) {
        const add = m.credit - (best.get(m.region) ?? 0);
        if (add <= 1e-12) continue;
        gain += (weight.get(m.region) ?? 0) * add;
        reasons.push(m);
      }
      if (gain <= 0) return;
      const value = gain * (c.score / c.coverage);
      // ties keep the earlier (better ranked) candidate
      if (pick === undefined || value > pick.value * (1 + 1e-9)) pick = { i, gain, value, reasons };
    });
    if (pick === undefined || pick.gain / drawing.total < weights.coverMinGain) break;
    const c = candidates[pick.i] as Member;
    taken.add(pick.i);
    for (const m of pick.reasons) best.set(m.region, m.credit);
    share += pick.gain / drawing.total;
    chosen.push({
      muscle: { id: c.muscle.id, name: c.muscle.name },
      side: c.side,
      rank: pick.i + 1,
      regions: pick.reasons.map((m) => m.region),
      reasons: pick.reasons,
      share: Math.round((pick.gain / drawing.total) * 1000) / 1000,
    });
  }
  return chosen;
}
