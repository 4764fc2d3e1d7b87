import { VIEW_GEOMETRY } from '@myomap/atlas/geometry';
import type { ViewId } from '@myomap/atlas/regions';
import { VIEW_ORDER } from '../body-map/ViewTabs.tsx';
import type { MusclePattern } from './muscle-pattern.ts';
import { regionShares } from './region-area.ts';

/** How much of a pattern one view shows. */
export interface ViewCoverage {
  readonly view: ViewId;
  readonly essential: number;
  readonly spillover: number;
  readonly markers: number;
  /** Pattern regions plus trigger point regions drawn in this view. */
  readonly total: number;
  /** Share of the view's canvas those regions cover (0–1): how large the pattern appears on screen. */
  readonly share: number;
}

/** A view counts as showing "nearly all" of the pattern when it shows at least this share of the best count. */
const NEARLY_ALL = 0.75;
/** …and it wins over the view showing most when the pattern looks at least this many times larger there. */
const LEGIBLY_LARGER = 2;

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
  const markerRegions = new Set(pattern.markers.map((m) => m.regionId));
  const markers = count(markerRegions);
  const shares = regionShares(view);
  const shown = new Set([...pattern.essential, ...pattern.spillover, ...markerRegions]);
  const share = [...shown].reduce((sum, id) => sum + (shares.get(id) ?? 0), 0);
  return { view, essential, spillover, markers, total: essential + spillover + markers, share };
}

/**
 * The view that shows most of the pattern's regions and trigger points, among `candidates` (default:
 * every drawn view); ties go to the view where the pattern looks larger. A view showing nearly as much
 * (NEARLY_ALL) where the pattern looks at least twice as large wins instead, so a head pattern opens
 * on a head view rather than on a small head in the whole body. Undefined when no candidate shows any.
 */
export function bestView(
  pattern: MusclePattern,
  candidates: readonly ViewId[] = drawnViews(),
): ViewId | undefined {
  const shown = candidates.map((v) => viewCoverage(v, pattern)).filter((c) => c.total > 0);
  const byCount = [...shown].sort((a, b) => b.total - a.total || b.share - a.share)[0];
  if (byCount === undefined) return undefined;
  const larger = shown
    .filter((c) => c.total >= byCount.total * NEARLY_ALL && c.share >= byCount.share * LEGIBLY_LARGER)
    .sort((a, b) => b.share - a.share)[0];
  return (larger ?? byCount).view;
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

/** The drawn view where a region appears largest (a head region opens on a head view), or undefined. */
export function largestView(regionId: string): ViewId | undefined {
  let best: { view: ViewId; share: number } | undefined;
  for (const view of drawnViews()) {
    const share = regionShares(view).get(regionId);
    if (share !== undefined && (best === undefined || share > best.share)) best = { view, share };
  }
  return best?.view;
}
