import type { Atlas, Culprit, Muscle, Side } from '@myomap/atlas';
import { muscleSideKey, referralIndex } from '../patterns/referral-index.ts';
import type { Difficulty } from './card-types.ts';

/** One muscle's referral pattern on the side practice shows it (right for paired muscles, midline otherwise). */
export interface MusclePattern {
  readonly muscle: Muscle;
  readonly side: Side;
  /** Regions in any trigger point's essential zone, sorted. */
  readonly essential: readonly string[];
  /** Spillover regions that are not essential for another trigger point, sorted. */
  readonly spillover: readonly string[];
  /** Regions where its trigger points lie, sorted. */
  readonly locations: readonly string[];
  /** Per trigger point: its essential and spillover regions, sorted. */
  readonly triggerPoints: readonly {
    readonly id: string;
    readonly essential: readonly string[];
    readonly spillover: readonly string[];
    readonly difficulty: Difficulty;
  }[];
  /** From the most common culprit rating in its essential zone: primary 1, common 2, occasional 3. */
  readonly difficulty: Difficulty;
}

const DIFFICULTY: Record<Culprit, Difficulty> = { primary: 1, common: 2, occasional: 3 };

/** The side a muscle is practised on: right for paired muscles, midline for unpaired ones. */
export function practiceSide(muscle: Muscle): Side {
  return muscle.paired ? 'r' : 'm';
}

const sorted = (s: Iterable<string>): string[] => [...s].sort();

function build(atlas: Atlas): MusclePattern[] {
  const index = referralIndex(atlas);
  return atlas.muscles.map((muscle) => {
    const side = practiceSide(muscle);
    const key = muscleSideKey(muscle.id, side);
    const referrals = index.byMuscleSide.get(key) ?? [];
    const essential = new Set<string>();
    const spill = new Set<string>();
    let best: Difficulty = 3;
    const tps = muscle.triggerPoints.map((tp) => {
      const own = referrals.filter((r) => r.triggerPointId === tp.id);
      const e = new Set(own.filter((r) => r.zone === 'essential').map((r) => r.regionId));
      const s = new Set(
        own.filter((r) => r.zone === 'spillover' && !e.has(r.regionId)).map((r) => r.regionId),
      );
      let d: Difficulty = 3;
      for (const r of own) if (r.zone === 'essential') d = Math.min(d, DIFFICULTY[r.culprit]) as Difficulty;
      best = Math.min(best, d) as Difficulty;
      for (const id of e) essential.add(id);
      for (const id of s) spill.add(id);
      return { id: tp.id, essential: sorted(e), spillover: sorted(s), difficulty: d };
    });
    for (const id of essential) spill.delete(id);
    return {
      muscle,
      side,
      essential: sorted(essential),
      spillover: sorted(spill),
      locations: sorted(index.locations.get(key) ?? []),
      triggerPoints: tps,
      difficulty: best,
    };
  });
}

const cache = new WeakMap<Atlas, readonly MusclePattern[]>();

/** Every muscle's practice pattern, built once per atlas object, in atlas order. */
export function musclePatterns(atlas: Atlas): readonly MusclePattern[] {
  let patterns = cache.get(atlas);
  if (patterns === undefined) {
    patterns = build(atlas);
    cache.set(atlas, patterns);
  }
  return patterns;
}

/** Jaccard overlap of two sorted-or-not region lists: shared / union, 0 when both are empty. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const id of b) if (set.has(id)) shared++;
  return shared / (a.length + b.length - shared);
}
