import type { ViewId } from '@myomap/atlas/regions';
import { bestView, drawnViews, viewRegionIds } from '../../atlas/best-view.ts';

/** Per drawn view, how many of the given regions it shows. */
export function viewCounts(regions: readonly string[]): Partial<Record<ViewId, number>> {
  return Object.fromEntries(
    drawnViews().map((v) => [v, regions.filter((id) => viewRegionIds(v).has(id)).length]),
  );
}

/** The view the atlas would open for these regions (most shown, head patterns on a head view). */
export function bestViewFor(regions: readonly string[]): ViewId {
  return (
    bestView({ essential: new Set(regions), spillover: new Set(), markers: [] }) ??
    drawnViews()[0] ??
    'anterior'
  );
}
