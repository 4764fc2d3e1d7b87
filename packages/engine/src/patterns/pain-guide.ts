import type { Atlas, Culprit, Side } from '@myomap/atlas';
import { referralIndex } from './referral-index.ts';

/** One muscle (on one side) that refers to a region, with its strongest link there. */
export interface PainGuideEntry {
  readonly muscleId: string;
  readonly muscleName: string;
  readonly side: Side;
  readonly zone: 'essential' | 'spillover';
  readonly culprit: Culprit;
  readonly triggerPointIds: readonly string[];
}

const CULPRIT_RANK: Record<Culprit, number> = { primary: 0, common: 1, occasional: 2 };
const ZONE_RANK = { essential: 0, spillover: 1 } as const;

/**
 * "What refers here": every muscle whose trigger points send pain to the region, most likely first
 * (primary before common before occasional, essential before spillover, then by name).
 */
export function painGuide(atlas: Atlas, regionId: string): PainGuideEntry[] {
  return painGuideOf(atlas, [regionId]);
}

/**
 * The pain guide of several regions read as one area: each muscle (per side) once, with its strongest
 * culprit rating and zone over those regions, ordered like `painGuide`.
 */
export function painGuideOf(atlas: Atlas, regionIds: readonly string[]): PainGuideEntry[] {
  const entries = new Map<
    string,
    { muscleId: string; side: Side; zone: 'essential' | 'spillover'; culprit: Culprit; tps: string[] }
  >();
  const index = referralIndex(atlas);
  for (const regionId of regionIds)
    for (const r of index.byRegion.get(regionId) ?? []) {
      const key = `${r.muscleId}|${r.side}`;
      const current = entries.get(key);
      if (current === undefined) {
        entries.set(key, {
          muscleId: r.muscleId,
          side: r.side,
          zone: r.zone,
          culprit: r.culprit,
          tps: [r.triggerPointId],
        });
        continue;
      }
      if (!current.tps.includes(r.triggerPointId)) current.tps.push(r.triggerPointId);
      if (CULPRIT_RANK[r.culprit] < CULPRIT_RANK[current.culprit]) current.culprit = r.culprit;
      if (ZONE_RANK[r.zone] < ZONE_RANK[current.zone]) current.zone = r.zone;
    }
  return [...entries.values()]
    .map((e) => ({
      muscleId: e.muscleId,
      muscleName: atlas.muscleById.get(e.muscleId)?.name ?? e.muscleId,
      side: e.side,
      zone: e.zone,
      culprit: e.culprit,
      triggerPointIds: e.tps,
    }))
    .sort(
      (a, b) =>
        CULPRIT_RANK[a.culprit] - CULPRIT_RANK[b.culprit] ||
        ZONE_RANK[a.zone] - ZONE_RANK[b.zone] ||
        a.muscleName.localeCompare(b.muscleName) ||
        a.side.localeCompare(b.side),
    );
}
