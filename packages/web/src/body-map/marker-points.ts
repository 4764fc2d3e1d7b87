import type { TriggerPoint } from '@myomap/atlas';
import { markerPoint } from '@myomap/atlas/geometry';
import { VIEWS, type Side, type ViewId } from '@myomap/atlas/regions';

/** A trigger point's marker position on every view, for the concrete side of one of its regions. */
export function markerPoints(
  tp: TriggerPoint,
  regionId: string,
  side: Side,
): Partial<Record<ViewId, readonly [number, number]>> {
  const regionSide = regionId.slice(0, 1);
  const concrete = regionSide === 'l' || regionSide === 'r' ? regionSide : side === 'l' ? 'l' : 'r';
  const out: Partial<Record<ViewId, readonly [number, number]>> = {};
  for (const view of VIEWS) {
    const point = markerPoint(tp, concrete, view);
    if (point !== undefined) out[view] = point;
  }
  return out;
}
