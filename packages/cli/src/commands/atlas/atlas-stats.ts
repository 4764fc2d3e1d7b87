import type { Atlas } from '@myomap/atlas';
import { referralIndex } from '@myomap/engine';

/** Counts that describe the atlas at a glance. */
export interface AtlasStats {
  readonly muscles: number;
  readonly triggerPoints: number;
  /** Regions (with side) that at least one trigger point refers pain to. */
  readonly regionsWithReferral: number;
  /** Muscles with an UBERON or FMA identifier. */
  readonly musclesWithIdentifiers: number;
  /** Distinct works cited. */
  readonly sources: number;
  readonly schemaVersion: number;
}

/** Counts muscles, trigger points, reached regions, identified muscles and cited works. */
export function atlasStats(atlas: Atlas): AtlasStats {
  const works = new Set(atlas.muscles.flatMap((m) => m.sources.map((s) => s.work)));
  const reached = [...referralIndex(atlas).byRegion.entries()].filter(([, list]) => list.length > 0);
  return {
    muscles: atlas.muscles.length,
    triggerPoints: atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0),
    regionsWithReferral: reached.length,
    musclesWithIdentifiers: atlas.muscles.filter(
      (m) => m.identifiers?.uberon !== undefined || m.identifiers?.fma !== undefined,
    ).length,
    sources: works.size,
    schemaVersion: atlas.schemaVersion,
  };
}
