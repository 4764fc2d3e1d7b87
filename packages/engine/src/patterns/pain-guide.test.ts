import { describe, expect, it } from 'vitest';
import { loadAtlas, REGIONS } from '@myomap/atlas';
import { painGuide } from './pain-guide.ts';
import { referralIndex } from './referral-index.ts';

const atlas = loadAtlas();

describe('pain guide', () => {
  it('lists upper trapezius for the right temple, on the right', () => {
    const guide = painGuide(atlas, 'r.temple');
    const trap = guide.find((g) => g.muscleId === 'upper-trapezius');
    expect(trap?.side).toBe('r');
    expect(
      guide.every(
        (g, i) =>
          i === 0 ||
          ['primary', 'common', 'occasional'].indexOf(guide[i - 1]?.culprit ?? 'primary') <=
            ['primary', 'common', 'occasional'].indexOf(g.culprit),
      ),
    ).toBe(true);
  });

  it('is non-empty for every region that any pattern reaches', () => {
    const index = referralIndex(atlas);
    for (const region of REGIONS) {
      if ((index.byRegion.get(region.id) ?? []).length === 0) continue;
      expect(painGuide(atlas, region.id).length, region.id).toBeGreaterThan(0);
    }
  });

  it('names only existing regions in the index', () => {
    const ids = new Set(REGIONS.map((r) => r.id));
    for (const id of referralIndex(atlas).byRegion.keys()) expect(ids.has(id), id).toBe(true);
  });
});
