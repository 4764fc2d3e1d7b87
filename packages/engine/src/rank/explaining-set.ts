import type { ExplainingSetEntry, RankedCandidate } from './rank-types.ts';
import type { WeightedDrawing } from './match-drawing.ts';
import type { RankWeights } from './weights.ts';

const EXPLAINS = new Set(['essential', 'spillover', 'local']);

/**
 * The smallest set of candidates that together explain the drawing, chosen greedily (set cover):
 * each step takes the candidate that explains the most still-unexplained weight (credit breaks ties),
 * until the target share is reached or nobody adds enough.
 */
export function explainingSet(
  candidates: readonly Pick<RankedCandidate, 'muscle' | 'side' | 'score' | 'explains'>[],
  drawing: WeightedDrawing,
  weights: RankWeights,
): ExplainingSetEntry[] {
  const weight = new Map(drawing.regions.map((r) => [r.id, r.weight]));
  const covered = new Set<string>();
  const chosen: ExplainingSetEntry[] = [];
  let share = 0;
  while (share < weights.coverTarget && drawing.total > 0) {
    let best: { c: (typeof candidates)[number]; regions: string[]; gain: number; value: number } | undefined;
    for (const c of candidates) {
      const regions: string[] = [];
      let gain = 0;
      let value = 0;
      for (const m of c.explains) {
        if (!EXPLAINS.has(m.how) || covered.has(m.region)) continue;
        const w = weight.get(m.region) ?? 0;
        regions.push(m.region);
        gain += w;
        value += w * (0.5 + 0.5 * m.credit);
      }
      if (gain === 0) continue;
      if (
        best === undefined ||
        value > best.value + 1e-9 ||
        (Math.abs(value - best.value) <= 1e-9 && c.score > best.c.score)
      ) {
        best = { c, regions, gain, value };
      }
    }
    if (best === undefined || best.gain / drawing.total < weights.coverMinGain) break;
    for (const r of best.regions) covered.add(r);
    share += best.gain / drawing.total;
    chosen.push({
      muscle: { id: best.c.muscle.id, name: best.c.muscle.name },
      side: best.c.side,
      regions: best.regions,
      share: Math.round((best.gain / drawing.total) * 1000) / 1000,
    });
  }
  return chosen;
}
