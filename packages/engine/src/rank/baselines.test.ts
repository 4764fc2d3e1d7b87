import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { painGuide } from '../patterns/pain-guide.ts';
import { areaLookupBaseline, chasingPainBaseline, singleAreaLookupBaseline } from './baselines.ts';

const atlas = loadAtlas();
const temple = { drawing: [{ region: 'r.temple', intensity: 6 }] };

describe('baselines', () => {
  it('single-area lookup of one region is that region’s pain guide, each muscle once', () => {
    const guide = [...new Set(painGuide(atlas, 'r.temple').map((e) => e.muscleId))];
    expect(singleAreaLookupBaseline(temple, atlas).muscles).toEqual(guide);
  });

  it('area lookup lists every muscle referring anywhere in the region’s area, a superset of the region’s guide', () => {
    const area = areaLookupBaseline(temple, atlas).muscles;
    const forehead = painGuide(atlas, 'r.forehead').map((e) => e.muscleId);
    for (const id of singleAreaLookupBaseline(temple, atlas).muscles) expect(area).toContain(id);
    for (const id of forehead) expect(area).toContain(id);
    expect(new Set(area).size).toBe(area.length);
  });

  it('chasing pain lists the muscles whose trigger points lie under the drawing', () => {
    expect(chasingPainBaseline(temple, atlas).muscles).toContain('temporalis');
  });
});
