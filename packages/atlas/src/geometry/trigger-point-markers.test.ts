import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../load-atlas.ts';
import { resolveRelativeRegion } from '../muscles/relative-region.ts';
import { REGION_VIEWS } from './generated/region-views.ts';
import { VIEW_GEOMETRY } from './index.ts';
import { markerPoint, toViewUnits } from './marker-point.ts';
import { contains, pathPolygons } from './path-polygons.test-helper.ts';

const atlas = loadAtlas();

/** Every (muscle side, trigger point, region id, concrete side) the atlas can draw a marker for. */
function placements(): {
  tpId: string;
  regionId: string;
  side: 'l' | 'r';
  tp: (typeof atlas.muscles)[number]['triggerPoints'][number];
}[] {
  return atlas.muscles.flatMap((muscle) =>
    (muscle.paired ? (['l', 'r'] as const) : (['m'] as const)).flatMap((side) =>
      muscle.triggerPoints.flatMap((tp) =>
        resolveRelativeRegion(tp.location.region, side).map((regionId) => {
          const regionSide = regionId.slice(0, 1);
          const concrete: 'l' | 'r' =
            regionSide === 'l' || regionSide === 'r' ? regionSide : side === 'l' ? 'l' : 'r';
          return { tpId: tp.id, regionId, side: concrete, tp };
        }),
      ),
    ),
  );
}

describe('trigger point markers', () => {
  it('every trigger point has a marker, inside its stated region, in every view that draws the region (both sides)', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { tpId, regionId, side, tp } of placements()) {
      for (const view of REGION_VIEWS[regionId] ?? []) {
        const geometry = VIEW_GEOMETRY[view];
        const shape = geometry.regions.find((r) => r.id === regionId);
        if (shape === undefined) continue;
        const point = markerPoint(tp, side, view);
        if (point === undefined) {
          problems.push(`${tpId} (${side}): no marker on ${view} for ${regionId}`);
          continue;
        }
        checked++;
        if (!contains(pathPolygons(shape.d), toViewUnits(point, geometry)))
          problems.push(`${tpId} (${side}): ${view} marker [${point.join(', ')}] outside ${regionId}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(atlas.muscles.length * 2);
  });

  it('stores positions only for views that draw the region', () => {
    const extra: string[] = [];
    for (const muscle of atlas.muscles)
      for (const tp of muscle.triggerPoints) {
        const ids = resolveRelativeRegion(tp.location.region, muscle.paired ? 'r' : 'm');
        const home = ids.find((id) => id.startsWith('r.')) ?? ids[0] ?? '';
        for (const view of Object.keys(tp.markers ?? {}))
          if (!(REGION_VIEWS[home] ?? []).some((v) => v === view)) extra.push(`${tp.id}: ${view}`);
      }
    expect(extra).toEqual([]);
  });
});
