import type { ViewId } from '@myomap/atlas/regions';
import { drawnViews, viewRegionIds } from '../../atlas/best-view.ts';

/** Per drawn view, how many of the given regions it shows. */
export function viewCounts(regions: readonly string[]): Partial<Record<ViewId, number>> {
  return Object.fromEntries(
    drawnViews().map((v) => [v, regions.filter((id) => viewRegionIds(v).has(id)).length]),
  );
}

/** The drawn view showing most of the regions (the first view when none shows any). */
export function bestViewFor(regions: readonly string[]): ViewId {
  const counts = viewCounts(regions);
  let best: ViewId = drawnViews()[0] ?? 'anterior';
  for (const v of drawnViews()) if ((counts[v] ?? 0) > (counts[best] ?? 0)) best = v;
  return best;
}
