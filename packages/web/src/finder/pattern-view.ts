import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import type { ViewId } from '@myomap/atlas/regions';
import { VIEW_ORDER } from '../body-map/ViewTabs.tsx';

const viewSets = new Map<ViewId, ReadonlySet<string>>();

/** The region ids a view draws (cached per view). */
export function viewRegionIds(view: ViewId): ReadonlySet<string> {
  let set = viewSets.get(view);
  if (set === undefined) {
    set = new Set(VIEW_GEOMETRY[view].regions.map((r) => r.id));
    viewSets.set(view, set);
  }
  return set;
}

/** How many of the ids each drawn view shows. */
export function viewCounts(ids: Iterable<string>): Partial<Record<ViewId, number>> {
  const list = [...ids];
  const counts: Partial<Record<ViewId, number>> = {};
  for (const view of VIEW_ORDER) {
    const shown = viewRegionIds(view);
    if (shown.size > 0) counts[view] = list.filter((id) => shown.has(id)).length;
  }
  return counts;
}

/** The view to show for a set of regions: the current one when it shows any of them, else the best one. */
export function viewFor(ids: Iterable<string>, current: ViewId): ViewId {
  const list = [...ids];
  return list.some((id) => viewRegionIds(current).has(id)) ? current : bestView(list, current);
}

/**
 * The view showing most of the regions. The current view wins ties (and when none shows any);
 * among other views a tie goes to the more detailed one (fewer regions, drawn larger).
 */
export function bestView(ids: Iterable<string>, current: ViewId): ViewId {
  const counts = viewCounts(ids);
  let best: ViewId = current;
  let most = counts[current] ?? 0;
  for (const view of VIEW_ORDER) {
    if (view === current) continue;
    const n = counts[view] ?? 0;
    const finer = best !== current && viewRegionIds(view).size < viewRegionIds(best).size;
    if (n > most || (n === most && n > 0 && finer)) {
      best = view;
      most = n;
    }
  }
  return best;
}

/** The first view with any regions drawn (the default view). */
export function firstView(): ViewId {
  return VIEW_ORDER.find((v) => viewRegionIds(v).size > 0) ?? 'anterior';
}
