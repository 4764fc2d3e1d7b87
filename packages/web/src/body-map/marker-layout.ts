import type { ViewRegionShape } from '@myomap/atlas/geometry';

/** A marker placed on the map, in the view's SVG units; `count` > 1 when several share one spot. */
export interface PlacedMarker<M> {
  readonly marker: M;
  readonly x: number;
  readonly y: number;
  readonly count: number;
}

/** Width and height of a region's path (absolute M/L/Z commands). */
function pathSize(d: string): { w: number; h: number } {
  const nums = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}

/**
 * Places markers on their regions' anchors. Several markers in one region sit in a small grid around
 * the anchor shaped like the region, spaced by `step` but squeezed to stay inside the region's box;
 * when the region is too small to keep them `minStep` apart, one marker stands for all with a count.
 */
export function layoutMarkers<M extends { readonly regionId: string }>(
  markers: readonly M[],
  regions: readonly ViewRegionShape[],
  step: number,
  minStep = step / 2,
): PlacedMarker<M>[] {
  const perRegion = new Map<string, number>();
  for (const m of markers) perRegion.set(m.regionId, (perRegion.get(m.regionId) ?? 0) + 1);
  const seen = new Map<string, number>();
  return markers.flatMap((marker) => {
    const shape = regions.find((s) => s.id === marker.regionId);
    if (shape === undefined) return [];
    const i = seen.get(marker.regionId) ?? 0;
    seen.set(marker.regionId, i + 1);
    const count = perRegion.get(marker.regionId) ?? 1;
    if (count === 1) return [{ marker, x: shape.anchor[0], y: shape.anchor[1], count: 1 }];
    const { w, h } = pathSize(shape.d);
    // As many per row as the region's shape suggests: a tall, narrow region gets a column.
    const perRow = Math.min(count, Math.max(1, Math.round(Math.sqrt((count * w) / Math.max(h, 1)))));
    const rows = Math.ceil(count / perRow);
    const stepX = Math.min(step, (w * 0.6) / perRow);
    const stepY = Math.min(step, (h * 0.6) / rows);
    if ((perRow > 1 && stepX < minStep) || (rows > 1 && stepY < minStep))
      return i === 0 ? [{ marker, x: shape.anchor[0], y: shape.anchor[1], count }] : [];
    return [
      {
        marker,
        x: shape.anchor[0] + ((i % perRow) - (perRow - 1) / 2) * stepX,
        y: shape.anchor[1] + (Math.floor(i / perRow) - (rows - 1) / 2) * stepY,
        count: 1,
      },
    ];
  });
}

/**
 * Pushes apart markers closer than `minDist` (e.g. numbered markers of several trigger points in one
 * thin region) so each number stays readable; markers that do not collide keep their place.
 */
export function separateMarkers<T extends { x: number; y: number }>(
  markers: readonly T[],
  minDist: number,
): T[] {
  const out = markers.map((m) => ({ ...m }));
  for (let round = 0; round < 12; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        if (a === undefined || b === undefined) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const dist = Math.hypot(dx, dy);
        if (dist >= minDist) continue;
        const [ux, uy] = dist < 1e-6 ? [0, 1] : [dx / dist, dy / dist];
        const push = (minDist - dist) / 2;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    if (!moved) break;
  }
  return out;
}
