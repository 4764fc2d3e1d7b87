import { describe, expect, it } from 'vitest';
import { drawnSymptomQualities } from './drawn-symptoms.ts';

describe('drawnSymptomQualities', () => {
  it('lists tingling, numbness and burning once each, and ignores pain qualities', () => {
    const drawing = new Map([
      ['r.thumb', { intensity: 5, quality: 'tingling' as const }],
      ['r.index-finger', { intensity: 5, quality: 'tingling' as const }],
      ['r.temple', { intensity: 5, quality: 'aching' as const }],
      ['l.sole', { intensity: 3, quality: 'numbness' as const }],
    ]);
    expect(drawnSymptomQualities(drawing)).toEqual(['numbness', 'tingling']);
    expect(drawnSymptomQualities(new Map())).toEqual([]);
  });
});
