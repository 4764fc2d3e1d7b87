import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../load-atlas.ts';
import { EXPERIMENTAL_PATTERNS, isExperimentalPattern } from './experimental-patterns.ts';

const atlas = loadAtlas();
const tps = atlas.muscles.flatMap((m) => m.triggerPoints.map((t) => ({ m, t })));

describe('experimental referral patterns', () => {
  it('names only existing trigger points, of muscles that cite the study', () => {
    for (const [id, p] of Object.entries(EXPERIMENTAL_PATTERNS)) {
      const found = tps.find((x) => x.t.id === id);
      expect(found, id).toBeDefined();
      expect(
        found?.m.sources.map((s) => s.work),
        id,
      ).toContain(p.work);
    }
  });

  it('lists every trigger point whose own note calls its pattern experimental', () => {
    const noted = tps.filter((x) => /experimental pattern/i.test(x.t.note ?? '')).map((x) => x.t.id);
    expect(noted.length).toBeGreaterThan(0);
    for (const id of noted) expect(isExperimentalPattern(id), id).toBe(true);
    expect(isExperimentalPattern('upper-trapezius.free-border')).toBe(false);
  });
});
