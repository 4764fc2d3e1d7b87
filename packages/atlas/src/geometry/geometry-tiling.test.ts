import { describe, expect, it } from 'vitest';
import { VIEW_GEOMETRY } from './index.ts';
import { REGIONS } from '../regions/regions.ts';
import { VIEWS } from '../regions/region-types.ts';
import { area, contains, pathPolygons, pathRings, unionAll } from './path-polygons.test-helper.ts';

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

  const CLOSE_UPS: Readonly<Record<string, readonly string[]>> = {
    'hand-palmar': ['palm', 'thenar', 'hypothenar', 'volar-wrist', 'radial-wrist', 'ulnar-wrist'],
    'hand-dorsal': ['dorsal-hand', 'thumb-web', 'dorsal-wrist', 'radial-wrist', 'ulnar-wrist'],
    'foot-dorsal': ['dorsal-foot', 'anterior-ankle', 'medial-ankle', 'lateral-ankle'],
    'foot-plantar': ['plantar-heel', 'arch', 'forefoot-sole'],
  };
  const DIGITS: Readonly<Record<string, readonly string[]>> = {
    'hand-palmar': ['thumb', 'index-finger', 'middle-finger', 'ring-finger', 'little-finger'],
    'hand-dorsal': ['thumb', 'index-finger', 'middle-finger', 'ring-finger', 'little-finger'],
    'foot-dorsal': ['big-toe', 'lesser-toes'],
    'foot-plantar': ['big-toe', 'lesser-toes'],
  };

  it.each(Object.keys(CLOSE_UPS))(
    '%s close-up: both sides of its hand or foot regions, nothing else',
    (v) => {
      const view = v as keyof typeof VIEW_GEOMETRY;
      const keys = [...(CLOSE_UPS[v] ?? []), ...(DIGITS[v] ?? [])];
      const expected = keys.flatMap((k) => [`l.${k}`, `r.${k}`]).sort();
      expect(VIEW_GEOMETRY[view].regions.map((r) => r.id).sort()).toEqual(expected);
    },
  );

  it.each(Object.keys(DIGITS))(
    '%s close-up: every finger or toe is a touch target (mean width at least 6.4 percent of the view width: 37 px on the 578 px finder map)',
    (v) => {
      const g = VIEW_GEOMETRY[v as keyof typeof VIEW_GEOMETRY];
      const narrow = g.regions
        .filter((r) => (DIGITS[v] ?? []).some((k) => r.id.endsWith(`.${k}`)))
        .map((r) => {
          const ys = pathRings(r.d).flatMap((ring) => ring.map((p) => p[1]));
          const meanWidth = area(pathPolygons(r.d)) / (Math.max(...ys) - Math.min(...ys));
          return { id: r.id, share: meanWidth / g.width };
        })
        .filter((d) => d.share < 0.064);
      expect(narrow).toEqual([]);
    },
  );
});
