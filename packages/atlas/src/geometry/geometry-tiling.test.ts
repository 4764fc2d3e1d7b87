import { describe, expect, it } from 'vitest';
import { VIEW_GEOMETRY } from './index.ts';
import { REGIONS } from '../regions/regions.ts';
import { VIEWS } from '../regions/region-types.ts';
import { area, contains, pathPolygons, unionAll } from './path-polygons.test-helper.ts';

const known = new Set(REGIONS.map((r) => r.id));
const drawnViews = VIEWS.filter((v) => VIEW_GEOMETRY[v].regions.length > 0);

describe('body map geometry', () => {
  it.each(drawnViews)('%s: regions tile the silhouette with no gap and no overlap', (view) => {
    const g = VIEW_GEOMETRY[view];
    const shapes = g.regions.map((r) => pathPolygons(r.d));
    const silhouette = area(pathPolygons(g.silhouette));
    const union = area(unionAll(shapes));
    const sum = shapes.reduce((s, p) => s + area(p), 0);
    expect(silhouette).toBeGreaterThan(0);
    expect(
      Math.abs(union - silhouette) / silhouette,
      `union ${union} vs silhouette ${silhouette}`,
    ).toBeLessThan(0.005);
    expect(Math.abs(sum - union) / union, `sum ${sum} vs union ${union}`).toBeLessThan(0.005);
  });

  it.each(drawnViews)('%s: draws only known regions, each once, with its anchor inside', (view) => {
    const regions = VIEW_GEOMETRY[view].regions;
    const ids = regions.map((r) => r.id);
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(regions.filter((r) => !contains(pathPolygons(r.d), r.anchor)).map((r) => r.id)).toEqual([]);
  });

  it('draws every region in at least one view', () => {
    const drawn = new Set(VIEWS.flatMap((v) => VIEW_GEOMETRY[v].regions.map((r) => r.id)));
    expect(REGIONS.map((r) => r.id).filter((id) => !drawn.has(id))).toEqual([]);
  });
});
