import type { DrawnRegion } from './finder-input.ts';
import type { RegionMatch } from './rank-types.ts';
import type { ScoringTables } from './scoring-tables.ts';
import { intensityWeight } from './weights.ts';

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
  const regions = [...best].map(([id, intensity]) => ({
    id,
    weight: intensityWeight(intensity, tables.weights),
  }));
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
  const add = (key: string, m: RegionMatch): void => {
    const list = matches.get(key);
    if (list === undefined) matches.set(key, [m]);
    else list.push(m);
  };
  const regions = drawing.regions;
  const { localCredit, localDiscount } = tables.weights;
  const explained: boolean[] = [];
  for (const { id } of regions) {
    const exact = tables.exact.get(id);
    const local = tables.local.get(id);
    let any = false;
    if (exact !== undefined) {
      for (const [key, e] of exact) {
        any = true;
        const credit =
          local?.has(key) === true ? Math.max(e.credit * (1 - localDiscount), localCredit) : e.credit;
        // two literal shapes, no spread: this is the hottest allocation of a ranking
        add(
          key,
          e.experimental
            ? { region: id, how: e.zone, credit, triggerPointId: e.triggerPointId, experimental: true }
            : { region: id, how: e.zone, credit, triggerPointId: e.triggerPointId },
        );
      }
    }
    if (local !== undefined) {
      for (const key of local) {
        if (exact?.has(key) === true) continue;
        any = true;
        add(key, { region: id, how: 'local', credit: localCredit });
      }
    }
    explained.push(any);
  }
  regions.forEach(({ id }, i) => {
    const nearby = tables.nearby.get(id);
    if (nearby === undefined) return;
    if (explained[i] !== true) {
      // nothing explains this region directly: any neighbour's muscle may take partial credit
      for (const [key, n] of nearby) add(key, { region: id, how: 'nearby', credit: n.credit, via: n.via });
      return;
    }
    // otherwise only muscles already matched elsewhere: walk those few, not every neighbour's muscles
    const exact = tables.exact.get(id);
    const local = tables.local.get(id);
    for (const [key, list] of matches) {
      if (exact?.has(key) === true || local?.has(key) === true) continue;
      const n = nearby.get(key);
      if (n !== undefined) list.push({ region: id, how: 'nearby', credit: n.credit, via: n.via });
    }
  });
  return matches;
}
