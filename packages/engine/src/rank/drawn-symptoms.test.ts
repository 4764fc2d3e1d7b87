import { describe, expect, it } from 'vitest';
import { drawnSymptoms } from './drawn-symptoms.ts';

describe('drawnSymptoms', () => {
  it('lists tingling, numbness and burning once each, in drawing order, and ignores pain qualities', () => {
    expect(
      drawnSymptoms([
        { quality: 'tingling' },
        { quality: 'aching' },
        { quality: 'numbness' },
        { quality: 'tingling' },
        {},
      ]),
    ).toEqual(['tingling', 'numbness']);
    expect(drawnSymptoms([])).toEqual([]);
  });
});
