import type { Muscle } from '../schema/muscle-schema.ts';

/** How many of the most-treated muscles must carry an outline (issue 13). */
export const MOST_TREATED_COUNT = 100;

/**
 * How often a muscle is the one to treat, from its own culprit ratings: over its non-experimental
 * trigger points, 2 for every distinct region where it is a primary culprit plus 1 for every region where
 * it is a common one. A muscle that is the main source of pain in many regions is treated often.
 */
export function treatmentScore(muscle: Muscle): number {
  const primary = new Set<string>();
  const common = new Set<string>();
  for (const tp of muscle.triggerPoints) {
    if (tp.experimental === true) continue;
    for (const r of tp.referral) {
      if (r.culprit === 'primary') primary.add(r.region);
      else if (r.culprit === 'common') common.add(r.region);
    }
  }
  return 2 * primary.size + common.size;
}

function occasionalCount(muscle: Muscle): number {
  const regions = muscle.triggerPoints
    .filter((tp) => tp.experimental !== true)
    .flatMap((tp) => tp.referral.filter((r) => r.culprit === 'occasional').map((r) => r.region));
  return new Set(regions).size;
}

/**
 * The ids of the `count` most-treated muscles: by treatmentScore, ties broken by the number of regions
 * where the muscle is an occasional culprit, then by atlas order (head to foot).
 */
export function mostTreatedMuscles(muscles: readonly Muscle[], count: number): string[] {
  return muscles
    .map((m, i) => ({ id: m.id, score: treatmentScore(m), occasional: occasionalCount(m), i }))
    .sort((a, b) => b.score - a.score || b.occasional - a.occasional || a.i - b.i)
    .slice(0, count)
    .map((m) => m.id);
}
