import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../load-atlas.ts';
import { resolveRelativeRegion } from '../muscles/relative-region.ts';
import { mostTreatedMuscles, MOST_TREATED_COUNT } from '../muscles/most-treated.ts';
import type { ViewId } from '../regions/region-types.ts';
import { VIEW_GEOMETRY } from './index.ts';
import { MUSCLE_OUTLINES, mirrorPath, muscleOutline } from './outlines.ts';
import { area, pathPolygons, pathRings, unionAll, type MultiPolygon } from './path-polygons.test-helper.ts';

const atlas = loadAtlas();

/** A muscle's outline as one shape: the union of its parts (each closed ring is a part, never a hole). */
function outlineShape(d: string): MultiPolygon {
  return unionAll(pathRings(d).map((r) => [[r]]));
}

function overlap(a: MultiPolygon, b: MultiPolygon): number {
  return area(polygonClipping.intersection(a, b));
}

const entries = Object.entries(MUSCLE_OUTLINES).flatMap(([id, e]) =>
  Object.keys(e.views).map((view) => ({ id, view: view as ViewId })),
);

describe('muscle outlines', () => {
  it(`outline at least the ${MOST_TREATED_COUNT} most-treated muscles, every one on at least one view`, () => {
    const top = mostTreatedMuscles(atlas.muscles, MOST_TREATED_COUNT);
    expect(top).toHaveLength(MOST_TREATED_COUNT);
    expect(top.filter((id) => Object.keys(MUSCLE_OUTLINES[id]?.views ?? {}).length === 0)).toEqual([]);
    expect(Object.keys(MUSCLE_OUTLINES).length).toBeGreaterThanOrEqual(MOST_TREATED_COUNT);
    for (const id of Object.keys(MUSCLE_OUTLINES)) expect(atlas.muscles.some((m) => m.id === id)).toBe(true);
  });

  it('every outline lies at least 90% inside the body silhouette of its view', () => {
    const outside: string[] = [];
    for (const { id, view } of entries) {
      const g = VIEW_GEOMETRY[view];
      const shape = outlineShape(MUSCLE_OUTLINES[id]?.views[view]?.d ?? '');
      const inside = overlap(shape, pathPolygons(g.silhouette)) / area(shape);
      if (!(inside >= 0.9)) outside.push(`${id} on ${view}: ${(inside * 100).toFixed(1)}% inside`);
    }
    expect(outside).toEqual([]);
  });

  it("every outline overlaps each region of its muscle's trigger points that its view draws", () => {
    const misses: string[] = [];
    const covered = new Set<string>();
    for (const { id, view } of entries) {
      const muscle = atlas.muscles.find((m) => m.id === id);
      const g = VIEW_GEOMETRY[view];
      const shape = outlineShape(MUSCLE_OUTLINES[id]?.views[view]?.d ?? '');
      const regions = new Set(
        (muscle?.triggerPoints ?? [])
          .filter((tp) => tp.experimental !== true)
          .flatMap((tp) => resolveRelativeRegion(tp.location.region, 'r')),
      );
      for (const r of g.regions.filter((s) => regions.has(s.id))) {
        if (overlap(shape, pathPolygons(r.d)) > 0) covered.add(id);
        else misses.push(`${id} on ${view}: misses ${r.id}`);
      }
    }
    expect(misses).toEqual([]);
    // A view may show the muscle but none of its trigger point regions; some view must show both.
    expect(Object.keys(MUSCLE_OUTLINES).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('draws the left side and the left-facing views as mirrors of the stored right side', () => {
    const g = VIEW_GEOMETRY.posterior;
    const right = muscleOutline(MUSCLE_OUTLINES, 'infraspinatus', 'r', g);
    const left = muscleOutline(MUSCLE_OUTLINES, 'infraspinatus', 'l', g);
    expect(left?.d).toBe(mirrorPath(right?.d ?? '', g.width));
    expect(left?.d).not.toBe(right?.d);
    const lateral = muscleOutline(MUSCLE_OUTLINES, 'deltoid-middle', 'l', VIEW_GEOMETRY['left-lateral']);
    expect(lateral?.d).toBe(
      mirrorPath(MUSCLE_OUTLINES['deltoid-middle']?.views['right-lateral']?.d ?? '', 250),
    );
    expect(muscleOutline(MUSCLE_OUTLINES, 'infraspinatus', 'r', VIEW_GEOMETRY.face)).toBeUndefined();
  });
});
