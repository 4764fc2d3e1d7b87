import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { DEFAULT_WEIGHTS, type RankWeights } from '@myomap/engine';
import { splitCases } from './families.ts';
import { loadCases } from './load-cases.ts';
import { KNOBS, searchWeights } from './weight-search.ts';

const atlas = loadAtlas();
const all = loadCases();
const split = splitCases(all);
const tune = all.filter((c) => split.get(c.id) === 'tune');
const differsFromShipped = (w: RankWeights): string[] =>
  KNOBS.filter((k) => k.get(w) !== k.get(DEFAULT_WEIGHTS))
    .map((k) => k.name)
    .sort();

describe('the weight search', () => {
  it('tries the shipped value of every knob', () => {
    for (const k of KNOBS) expect(k.values, k.name).toContain(k.get(DEFAULT_WEIGHTS));
  });

  it('on all tuning cases, reproducibly picks the shipped weights', () => {
    const a = searchWeights(all, atlas, 1);
    const b = searchWeights(all, atlas, 1);
    expect(b.weights).toEqual(a.weights);
    expect(b.moves).toEqual(a.moves);
    expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
    expect(differsFromShipped(a.weights)).toEqual([]);
  });

  it('on the tune half alone, also picks the shipped weights', () => {
    expect(differsFromShipped(searchWeights(tune, atlas, 1).weights)).toEqual([]);
  });
});
