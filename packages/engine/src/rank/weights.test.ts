import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { rankSources } from './rank-sources.ts';
import { scoringTables } from './scoring-tables.ts';
import { DEFAULT_WEIGHTS, withWeights } from './weights.ts';

const atlas = loadAtlas();
const input = {
  drawing: [
    { region: 'r.temple', intensity: 6 },
    { region: 'r.upper-molars', intensity: 4 },
  ],
};
const scores = (r: ReturnType<typeof rankSources>): string[] =>
  r.ranked.map((c) => `${c.muscle.id}|${c.side}|${c.score}`);

describe('weights are an input', () => {
  it('the shipped weights are frozen all the way down', () => {
    expect(Object.isFrozen(DEFAULT_WEIGHTS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WEIGHTS.zone)).toBe(true);
    expect(Object.isFrozen(DEFAULT_WEIGHTS.evidence)).toBe(true);
    expect(() => {
      (DEFAULT_WEIGHTS.zone as { spillover: number }).spillover = 0.1;
    }).toThrow(TypeError);
  });

  it('other weights give other scores, and the defaults are untouched by them (tables per atlas and weights)', () => {
    const before = scores(rankSources(input, atlas, { top: 10 }));
    const low = withWeights({ zone: { spillover: 0.2 }, culprit: { occasional: 0.1 } });
    expect(low.zone.essential).toBe(DEFAULT_WEIGHTS.zone.essential);
    const other = scores(rankSources(input, atlas, { top: 10, weights: low }));
    expect(other).not.toEqual(before);
    expect(scores(rankSources(input, atlas, { top: 10 }))).toEqual(before);
    expect(scores(rankSources(input, atlas, { top: 10, weights: DEFAULT_WEIGHTS }))).toEqual(before);
  });

  it('caches tables per weights object: the same object reuses them, an equal copy gives equal results', () => {
    expect(scoringTables(atlas, true, DEFAULT_WEIGHTS)).toBe(scoringTables(atlas));
    const copy = withWeights({});
    expect(copy).not.toBe(DEFAULT_WEIGHTS);
    expect(scoringTables(atlas, true, copy)).not.toBe(scoringTables(atlas));
    expect(scores(rankSources(input, atlas, { weights: copy }))).toEqual(scores(rankSources(input, atlas)));
  });
});
