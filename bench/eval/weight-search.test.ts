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

/**
 * Where the search (seed 1) differs from the shipped weights since the culprit ratings were sourced
 * (data/culprits, December 2026): on all tuning cases it raises culprit.common 0.72 -> 0.82 and lowers
 * coverageExponent 1.25 -> 1 (tuning MRR 0.903 -> 0.916); on the tune half alone it raises
 * culprit.common and lowers precisionWeight. Not shipped with the ratings: a common weight above the
 * spillover factor breaks the documented order "a primary spillover counts above a common essential"
 * (docs/ranking.md), so it is a weights decision of its own. Documented in docs/benchmarks.md; these
 * lists must change together with the weights or the cases, never silently.
 */
const ALL_CASES_GAP = ['coverageExponent', 'culprit.common'];
const TUNE_HALF_GAP = ['culprit.common', 'precisionWeight'];

describe('the weight search', () => {
  it('tries the shipped value of every knob', () => {
    for (const k of KNOBS) expect(k.values, k.name).toContain(k.get(DEFAULT_WEIGHTS));
  });

  it('on all tuning cases, reproducibly differs from the shipped weights only as documented', () => {
    const a = searchWeights(all, atlas, 1);
    const b = searchWeights(all, atlas, 1);
    expect(b.weights).toEqual(a.weights);
    expect(b.moves).toEqual(a.moves);
    expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
    expect(differsFromShipped(a.weights)).toEqual(ALL_CASES_GAP);
  });

  it('on the tune half alone, differs from the shipped weights only as documented', () => {
    expect(differsFromShipped(searchWeights(tune, atlas, 1).weights)).toEqual(TUNE_HALF_GAP);
  });
});
