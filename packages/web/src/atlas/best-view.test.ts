import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { bestView, complementaryView, drawnViews, viewCoverage, viewRegionIds } from './best-view.ts';
import { musclePattern } from './muscle-pattern.ts';

const atlas = loadAtlas();
const muscle = (id: string) => {
  const m = atlas.muscleById.get(id);
  if (m === undefined) throw new Error(id);
  return m;
};

describe('best view of a pattern', () => {
  it('opens a head pattern on the head view of its side, not the whole body', () => {
    expect(bestView(musclePattern(atlas, muscle('temporalis'), 'r'))).toBe('head-right');
    expect(bestView(musclePattern(atlas, muscle('temporalis'), 'l'))).toBe('head-left');
  });

  it('picks a view that shows the pattern, and none that shows nothing', () => {
    for (const m of atlas.muscles) {
      const pattern = musclePattern(atlas, m, m.paired ? 'r' : 'm');
      const view = bestView(pattern);
      if (view === undefined) {
        expect(
          drawnViews().every((v) => viewCoverage(v, pattern).total === 0),
          m.id,
        ).toBe(true);
        continue;
      }
      const chosen = viewCoverage(view, pattern).total;
      const most = Math.max(...drawnViews().map((v) => viewCoverage(v, pattern).total));
      expect(chosen, m.id).toBeGreaterThan(0);
      expect(chosen, m.id).toBeGreaterThanOrEqual(most * 0.75);
    }
  });

  it('adds a second view only for regions the first one cannot show', () => {
    const pattern = musclePattern(atlas, muscle('temporalis'), 'r');
    const second = complementaryView(pattern, 'head-right');
    expect(second).toBe('mouth');
    expect(viewRegionIds('mouth').has('m.upper-incisors')).toBe(true);
  });

  it('narrows a pattern to one trigger point', () => {
    const tp = muscle('temporalis').triggerPoints[0];
    const one = musclePattern(atlas, muscle('temporalis'), 'r', new Set([tp?.id ?? '']));
    expect(one.markers).toHaveLength(1);
    expect([...one.essential]).toContain('r.temple');
    expect([...one.essential].some((id) => one.spillover.has(id))).toBe(false);
  });
});
