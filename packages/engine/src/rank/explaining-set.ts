import type { ExplainingSetEntry, RankedCandidate } from './rank-types.ts';
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
  // A candidate's gain only shrinks as members are added: its last gain bounds the next (lazy greedy).
  const upper = new Float64Array(candidates.length).fill(Infinity);
  let share = 0;
  while (share < weights.coverTarget - 1e-9 && drawing.total > 0) {
    let pick: { i: number; gain: number; value: number } | undefined;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as Member;
      // gain <= coverage × total, so value <= score × total: in ranked order, nobody later can win
      if (pick !== undefined && c.score * drawing.total <= pick.value) break;
      if (taken.has(i) || c.coverage <= 0) continue;
      const fit = c.score / c.coverage;
      if (pick !== undefined && (upper[i] ?? Infinity) * fit <= pick.value) continue;
      let gain = 0;
      for (const m of c.explains) {
        const add = m.credit - (best.get(m.region) ?? 0);
        if (add > 1e-12) gain += (weight.get(m.region) ?? 0) * add;
      }
      upper[i] = gain;
      if (gain <= 0) continue;
      const value = gain * fit;
      // ties keep the earlier (better ranked) candidate
      if (pick === undefined || value > pick.value * (1 + 1e-9)) pick = { i, gain, value };
    }
    if (pick === undefined || pick.gain / drawing.total < weights.coverMinGain) break;
    const c = candidates[pick.i] as Member;
    taken.add(pick.i);
    const reasons = c.explains.filter((m) => m.credit - (best.get(m.region) ?? 0) > 1e-12);
    for (const m of reasons) best.set(m.region, m.credit);
    share += pick.gain / drawing.total;
    chosen.push({
      muscle: { id: c.muscle.id, name: c.muscle.name },
      side: c.side,
      rank: pick.i + 1,
      regions: reasons.map((m) => m.region),
      reasons,
      share: Math.round((pick.gain / drawing.total) * 1000) / 1000,
    });
  }
  return chosen;
}
