import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import type { ViewId } from '@myomap/atlas/regions';

/** Area of SVG path data made of absolute M/L/Z commands (the generated geometry), by the shoelace formula. */
export function pathArea(d: string): number {
  let total = 0;
  for (const sub of d.split(/(?=M)/)) {
    const nums = sub.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
    let twice = 0;
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const j = (i + 2) % (nums.length - (nums.length % 2));
      twice += (nums[i] ?? 0) * (nums[j + 1] ?? 0) - (nums[j] ?? 0) * (nums[i + 1] ?? 0);
    }
    total += Math.abs(twice) / 2;
  }
  return total;
}

const cache = new Map<ViewId, ReadonlyMap<string, number>>();

/**
 * Each region's drawn area in a view as a share of the view's canvas (its longer side squared), so
 * shares compare across views the way they look: every view is shown scaled to the same box.
 */
export function regionShares(view: ViewId): ReadonlyMap<string, number> {
  let shares = cache.get(view);
  if (shares === undefined) {
    const { width, height, regions } = VIEW_GEOMETRY[view];
    const canvas = Math.max(width, height) ** 2;
    shares = new Map(regions.map((r) => [r.id, pathArea(r.d) / canvas]));
    cache.set(view, shares);
  }
  return shares;
}
