import { resolveRelativeRegion, type Atlas, type Muscle, type Side } from '@myomap/atlas';
import { muscleSideKey, referralIndex } from '@myomap/engine';
import type { MapMarker, PatternOverlay } from '../body-map/BodyMap.tsx';
import { markerPoints } from '../body-map/marker-points.ts';

/** A muscle's referral pattern on one side, ready for the body map. */
export interface MusclePattern extends PatternOverlay {
  readonly markers: readonly MapMarker[];
}

/**
 * The essential and spillover regions and trigger point markers of a muscle on a side, for all its
 * trigger points or only the listed ones. A region both essential and spillover counts as essential.
 */
export function musclePattern(
  atlas: Atlas,
  muscle: Muscle,
  side: Side,
  onlyTriggerPoints?: ReadonlySet<string>,
): MusclePattern {
  const wanted = (tpId: string): boolean => onlyTriggerPoints === undefined || onlyTriggerPoints.has(tpId);
  const essential = new Set<string>();
  const spillover = new Set<string>();
  for (const r of referralIndex(atlas).byMuscleSide.get(muscleSideKey(muscle.id, side)) ?? []) {
    if (!wanted(r.triggerPointId)) continue;
    (r.zone === 'essential' ? essential : spillover).add(r.regionId);
  }
  for (const id of essential) spillover.delete(id);
  const markers: MapMarker[] = [];
  muscle.triggerPoints.forEach((tp, i) => {
    if (!wanted(tp.id)) return;
    for (const regionId of resolveRelativeRegion(tp.location.region, side))
      markers.push({ regionId, label: tp.label, number: i + 1, points: markerPoints(tp, regionId, side) });
  });
  return { essential, spillover, markers };
}

/** Every region a pattern touches: essential, spillover and trigger point locations. */
export function patternRegionIds(pattern: MusclePattern): Set<string> {
  return new Set([...pattern.essential, ...pattern.spillover, ...pattern.markers.map((m) => m.regionId)]);
}
