import { describe, expect, it } from 'vitest';
import { REGIONS, regionById, regionNeighbours } from './regions.ts';

describe('region adjacency (from the generated geometry)', () => {
  it('is symmetric, names only known regions and never a region itself', () => {
    for (const r of REGIONS) {
      for (const n of regionNeighbours(r.id)) {
        expect(regionById(n), `${r.id} -> ${n}`).toBeDefined();
        expect(n).not.toBe(r.id);
        expect(regionNeighbours(n), `${n} <- ${r.id}`).toContain(r.id);
      }
    }
  });

  it('gives every region a neighbour and reads like anatomy', () => {
    for (const r of REGIONS) expect(regionNeighbours(r.id).length, r.id).toBeGreaterThan(0);
    expect(regionNeighbours('r.temple')).toEqual(expect.arrayContaining(['r.forehead', 'r.ear', 'r.cheek']));
    expect(regionNeighbours('l.patella')).toEqual(
      expect.arrayContaining(['l.suprapatellar', 'l.infrapatellar']),
    );
    expect(regionNeighbours('r.temple')).not.toContain('r.plantar-heel');
  });
});
