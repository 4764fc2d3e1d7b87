import type { DrawnRegion } from './finder-input.ts';
import type { RegionMatch } from './rank-types.ts';
import type { ScoringTables } from './scoring-tables.ts';
import { intensityWeight, WEIGHTS } from './weights.ts';

/** A drawing cleaned for scoring: known regions, one entry each (strongest kept), with weights. */
export interface WeightedDrawing {
  readonly regions: readonly { readonly id: string; readonly weight: number }[];
  readonly total: number;
  readonly unknown: readonly string[];
}

/** Deduplicates the drawing, drops unknown ids (reported) and weights each region by intensity. */
export function weighDrawing(drawing: readonly DrawnRegion[], tables: ScoringTables): WeightedDrawing {
  const best = new Map<string, number>();
  const unknown: string[] = [];
  for (const d of drawing) {
    if (!tables.regionById.has(d.region)) {
      if (!unknown.includes(d.region)) unknown.push(d.region);
      continue;
    }
    best.set(d.region, Math.max(best.get(d.region) ?? -1, d.intensity));
  }
  const regions = [...best].map(([id, intensity]) => ({ id, weight: intensityWeight(intensity) }));
  return { regions, total: regions.reduce((s, r) => s + r.weight, 0), unknown };
}

/**
 * Per candidate key: the best match for each drawn region — exact (its pattern), else local (over its
 * trigger point), else nearby (a neighbouring region of the same area is in its pattern). Nearby credit
 * goes only to candidates that match some drawn region directly, or to any candidate for a region that
 * nothing matches directly: a muscle is not proposed for being next to the pain alone.
 */
export function matchDrawing(drawing: WeightedDrawing, tables: ScoringTables): Map<string, RegionMatch[]> {
  const matches = new Map<string, RegionMatch[]>();
  const direct = new Map<string, Set<string>>();
  const push = (key: string, m: RegionMatch): void => {
    const list = matches.get(key);
    if (list === undefined) matches.set(key, [m]);
    else list.push(m);
  };
  for (const { id } of drawing.regions) {
    const exact = tables.exact.get(id);
    const local = tables.local.get(id);
    const seen = new Set<string>();
    for (const [key, e] of exact ?? []) {
      seen.add(key);
      const credit =
        local?.has(key) === true
          ? Math.max(e.credit * (1 - WEIGHTS.localDiscount), WEIGHTS.localCredit)
          : e.credit;
      push(key, { region: id, how: e.zone, credit, triggerPointId: e.triggerPointId });
    }
    for (const key of local ?? []) {
      if (seen.has(key)) continue;
      seen.add(key);
      push(key, { region: id, how: 'local', credit: WEIGHTS.localCredit });
    }
    direct.set(id, seen);
  }
  for (const { id } of drawing.regions) {
    const seen = direct.get(id) ?? new Set<string>();
    const nearby = tables.nearby.get(id);
    if (nearby === undefined) continue;
    if (seen.size === 0) {
      // nothing explains this region directly: any neighbour's muscle may take partial credit
      for (const [key, n] of nearby) push(key, { region: id, how: 'nearby', credit: n.credit, via: n.via });
      continue;
    }
    // otherwise only muscles already matched elsewhere: walk those few, not every neighbour's muscles
    for (const [key, list] of matches) {
      if (seen.has(key)) continue;
      const n = nearby.get(key);
      if (n !== undefined) list.push({ region: id, how: 'nearby', credit: n.credit, via: n.via });
    }
  }
  return matches;
}
