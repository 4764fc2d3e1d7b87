import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import type { ViewId } from '@myomap/atlas/regions';
import { VIEW_ORDER } from '../body-map/ViewTabs.tsx';
import type { MusclePattern } from './muscle-pattern.ts';

/** How much of a pattern one view shows. */
export interface ViewCoverage {
  readonly view: ViewId;
  readonly essential: number;
  readonly spillover: number;
  readonly markers: number;
  /** Pattern regions plus trigger point regions drawn in this view. */
  readonly total: number;
}

const regionSets = new Map<ViewId, Set<string>>();

/** The region ids a view draws (cached per view). */
export function viewRegionIds(view: ViewId): ReadonlySet<string> {
  let set = regionSets.get(view);
  if (set === undefined) {
    set = new Set(VIEW_GEOMETRY[view].regions.map((r) => r.id));
    regionSets.set(view, set);
  }
  return set;
}

/** Views that have any drawn regions, in the order a therapist reaches for them. */
export function drawnViews(): ViewId[] {
  return VIEW_ORDER.filter((v) => VIEW_GEOMETRY[v].regions.length > 0);
}

/** How much of the pattern a view shows. */
export function viewCoverage(view: ViewId, pattern: MusclePattern): ViewCoverage {
  const drawn = viewRegionIds(view);
  const count = (ids: Iterable<string>): number => [...ids].filter((id) => drawn.has(id)).length;
  const essential = count(pattern.essential);
  const spillover = count(pattern.spillover);
  const markers = count(new Set(pattern.markers.map((m) => m.regionId)));
  return { view, essential, spillover, markers, total: essential + spillover + markers };
}

/**
 * The view that shows most of the pattern's regions and trigger points (ties: more essential
 * regions, then the usual view order), among `candidates` (default: every drawn view). Undefined
 * when no candidate shows any of it.
 */
export function bestView(
  pattern: MusclePattern,
  candidates: readonly ViewId[] = drawnViews(),
): ViewId | undefined {
  let best: ViewCoverage | undefined;
  for (const view of candidates) {
    const c = viewCoverage(view, pattern);
    if (c.total === 0) continue;
    if (
      best === undefined ||
      c.total > best.total ||
      (c.total === best.total && c.essential > best.essential)
    )
      best = c;
  }
  return best?.view;
}

/**
 * A second view for the parts of the pattern the first one cannot show (e.g. the teeth for a head
 * view, the front for a muscle whose trigger points are on the back). Undefined when none adds any.
 */
export function complementaryView(pattern: MusclePattern, primary: ViewId): ViewId | undefined {
  const shown = viewRegionIds(primary);
  const rest: MusclePattern = {
    essential: new Set([...pattern.essential].filter((id) => !shown.has(id))),
    spillover: new Set([...pattern.spillover].filter((id) => !shown.has(id))),
    markers: pattern.markers.filter((m) => !shown.has(m.regionId)),
  };
  return bestView(
    rest,
    drawnViews().filter((v) => v !== primary),
  );
}

/** Regions of the pattern (zones and trigger point sites) that no view draws yet. */
export function undrawnRegionIds(pattern: MusclePattern): string[] {
  const views = drawnViews();
  const ids = new Set([
    ...pattern.essential,
    ...pattern.spillover,
    ...pattern.markers.map((m) => m.regionId),
  ]);
  return [...ids].filter((id) => !views.some((v) => viewRegionIds(v).has(id)));
}
