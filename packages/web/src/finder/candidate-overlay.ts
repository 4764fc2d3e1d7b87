import { resolveRelativeRegion, type Side } from '@myomap/atlas/regions';
import type { RankedCandidate } from '@myomap/engine';
import { markerPoints } from '../body-map/marker-points.ts';
import type { MapMarker, PatternOverlay } from '../body-map/BodyMap.tsx';
import type { Drawing } from '../body-map/drawing.ts';
import type { CandidateRef } from './candidate-key.ts';
import type { FinderKit } from './finder-kit.ts';

/** What the map shows for one candidate over the drawing. */
export interface CandidateOverlay {
  readonly pattern: PatternOverlay;
  readonly markers: readonly MapMarker[];
  /** Painted and in its pattern. */
  readonly matched: ReadonlySet<string>;
  /** In its pattern (essential or spillover) but not painted. */
  readonly unmatched: ReadonlySet<string>;
  /** Painted but not explained by it, not even as a neighbour of its pattern. */
  readonly unexplained: ReadonlySet<string>;
  /** Painted next to its pattern: near it, partly explained (the ranking's nearby credit). */
  readonly near: ReadonlySet<string>;
  /** Its pattern and trigger point regions, for choosing a view. */
  readonly patternRegions: ReadonlySet<string>;
}

function sidesOf(ref: CandidateRef): readonly string[] {
  return ref.side === 'both' ? ['l', 'r'] : [ref.side];
}

/**
 * The referral pattern and trigger point markers of a candidate, split against the drawing. When the
 * ranked candidate is given, its own lists are used (a region next to its pattern is "near", not
 * unexplained); otherwise a painted region outside the pattern and trigger points is unexplained.
 */
export function candidateOverlay(
  kit: FinderKit,
  ref: CandidateRef,
  drawing: Drawing,
  ranked?: RankedCandidate,
): CandidateOverlay {
  const essential = new Set<string>();
  const spillover = new Set<string>();
  const markers: MapMarker[] = [];
  const name = kit.atlas.muscleById.get(ref.muscle)?.name ?? ref.muscle;
  for (const side of sidesOf(ref)) {
    const key = `${ref.muscle}|${side}`;
    for (const r of kit.referrals.byMuscleSide.get(key) ?? [])
      (r.zone === 'essential' ? essential : spillover).add(r.regionId);
    const muscle = kit.atlas.muscleById.get(ref.muscle);
    const located = new Set(kit.referrals.locations.get(key) ?? []);
    // Each trigger point where it really sits (its stored position per view), not at the region centre.
    for (const tp of muscle?.triggerPoints ?? [])
      for (const regionId of resolveRelativeRegion(tp.location.region, side as Side))
        if (located.has(regionId))
          markers.push({
            regionId,
            label: `${name} trigger point`,
            points: markerPoints(tp, regionId, side as Side),
          });
  }
  for (const id of essential) spillover.delete(id);
  const inPattern = (id: string): boolean => essential.has(id) || spillover.has(id);
  const local = new Set(markers.map((m) => m.regionId));
  const painted = [...drawing.keys()];
  const matched = new Set(painted.filter(inPattern));
  const unmatched = new Set([...essential, ...spillover].filter((id) => !drawing.has(id)));
  const unexplained = new Set(
    ranked !== undefined ? ranked.unexplained : painted.filter((id) => !inPattern(id) && !local.has(id)),
  );
  const near = new Set(ranked?.near ?? []);
  const patternRegions = new Set([...essential, ...spillover, ...local]);
  return {
    pattern: { essential, spillover },
    markers,
    matched,
    unmatched,
    unexplained,
    near,
    patternRegions,
  };
}
