import { describe, expect, it } from 'vitest';
import { loadAtlas, REGIONS, resolveRelativeRegion } from '@myomap/atlas';
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

  it('lists exactly the muscles whose patterns reach the region, read straight from the atlas', () => {
    // Computed here without the referral index: every muscle, side, trigger point and zone of the atlas.
    const CULPRIT = { primary: 0, common: 1, occasional: 2 } as const;
    const ZONE = { essential: 0, spillover: 1 } as const;
    const expected = new Map<string, Map<string, { culprit: number; zone: number }>>();
    for (const m of atlas.muscles)
      for (const side of m.paired ? (['l', 'r'] as const) : (['m'] as const))
        for (const tp of m.triggerPoints)
          for (const z of tp.referral)
            for (const region of resolveRelativeRegion(z.region, side)) {
              const perRegion = expected.get(region) ?? new Map<string, { culprit: number; zone: number }>();
              const key = `${m.id}|${side}`;
              const cur = perRegion.get(key);
              perRegion.set(key, {
                culprit: Math.min(cur?.culprit ?? 9, CULPRIT[z.culprit]),
                zone: Math.min(cur?.zone ?? 9, ZONE[z.zone]),
              });
              expected.set(region, perRegion);
            }
    let nonEmpty = 0;
    for (const region of REGIONS) {
      const guide = painGuide(atlas, region.id);
      const want = expected.get(region.id) ?? new Map();
      expect(guide.map((g) => `${g.muscleId}|${g.side}`).sort(), region.id).toEqual([...want.keys()].sort());
      for (const g of guide) {
        const w = want.get(`${g.muscleId}|${g.side}`);
        expect([CULPRIT[g.culprit], ZONE[g.zone]], `${region.id} ${g.muscleId}`).toEqual([
          w?.culprit,
          w?.zone,
        ]);
      }
      // ordered: culprit, then zone, then name
      for (let i = 1; i < guide.length; i++) {
        const a = guide[i - 1];
        const b = guide[i];
        if (a === undefined || b === undefined) continue;
        const order =
          CULPRIT[a.culprit] - CULPRIT[b.culprit] ||
          ZONE[a.zone] - ZONE[b.zone] ||
          a.muscleName.localeCompare(b.muscleName);
        expect(order, `${region.id}: ${a.muscleId} before ${b.muscleId}`).toBeLessThanOrEqual(0);
      }
      if (guide.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(REGIONS.length / 2);
  });

  it('names only existing regions in the index', () => {
    const ids = new Set(REGIONS.map((r) => r.id));
    for (const id of referralIndex(atlas).byRegion.keys()) expect(ids.has(id), id).toBe(true);
  });
});
