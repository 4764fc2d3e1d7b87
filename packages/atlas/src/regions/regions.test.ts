import { describe, expect, it } from 'vitest';
import { AREAS } from './areas.ts';
import { REGION_KINDS } from './region-kinds.ts';
import { REGION_SEED_CODES } from './region-seed-codes.ts';
import { mirrorRegionId, REGIONS, regionById } from './regions.ts';

const SIDE_WORDS = /\b(left|right|both|bilateral)\b/i;

describe('body regions', () => {
  it('has at least 190 leaf regions with sides counted, all ids unique', () => {
    expect(REGIONS.length).toBeGreaterThanOrEqual(190);
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
    expect(new Set(REGION_KINDS.map((k) => k.key)).size).toBe(REGION_KINDS.length);
  });

  it('names each region with its side, and ids carry the side', () => {
    expect(regionById('r.temple')?.name).toBe('right temple');
    expect(regionById('l.jaw-angle')?.name).toBe('left angle of the jaw');
    expect(regionById('m.sternum')?.name).toBe('breastbone');
    for (const r of REGIONS) expect(r.id).toMatch(/^[lrm]\.[a-z0-9-]+$/);
  });

  it('gives every kind synonyms without side words, and no synonym repeated inside a kind', () => {
    for (const k of REGION_KINDS) {
      expect(k.synonyms.length, k.key).toBeGreaterThan(0);
      for (const s of k.synonyms) expect(SIDE_WORDS.test(s), `${k.key}: ${s}`).toBe(false);
      expect(new Set(k.synonyms).size, k.key).toBe(k.synonyms.length);
    }
  });

  it('files every kind under a known parent area with a unique key', () => {
    const areaKeys = new Set(AREAS.map((a) => a.key));
    expect(areaKeys.size).toBe(AREAS.length);
    for (const k of REGION_KINDS) expect(areaKeys.has(k.parent), k.key).toBe(true);
  });

  it('takes codes only from the shared seed table', () => {
    for (const k of REGION_KINDS)
      if (k.seedCode !== undefined) expect(REGION_SEED_CODES[k.seedCode], k.key).toBeDefined();
    expect(regionById('l.heel')).toBeUndefined();
    expect(regionById('l.plantar-heel')?.codes[0]?.uberon).toBe('UBERON:0015875');
  });

  it('mirrors ids across the midline', () => {
    expect(mirrorRegionId('l.temple')).toBe('r.temple');
    expect(mirrorRegionId('m.sternum')).toBe('m.sternum');
  });
});

describe('region names with a side', () => {
  it('reads naturally when the plain name starts with a preposition', () => {
    expect(regionById('r.mastoid')?.name).toBe('behind the right ear');
    expect(regionById('l.infraclavicular')?.name).toBe('below the left collarbone');
    expect(regionById('r.suprapatellar')?.name).toBe('above the right kneecap');
    expect(regionById('l.interscapular')?.name).toBe('between the shoulder blades, left side');
    expect(regionById('l.deep-ear')?.name).toBe('deep in the left ear');
  });
});
