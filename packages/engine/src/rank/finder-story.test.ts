import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPERIMENTAL_PATTERNS, loadAtlas, REGIONS } from '@myomap/atlas';
import { referralIndex } from '../patterns/referral-index.ts';
import { rankSources } from './rank-sources.ts';
import { scoringTables } from './scoring-tables.ts';
import { DEFAULT_WEIGHTS, withWeights } from './weights.ts';

const atlas = loadAtlas();
const index = referralIndex(atlas);

describe('neighbours in explanations', () => {
  it('calls a drawn region next to a pattern "near its pattern", not unexplained', () => {
    const r = rankSources(
      {
        drawing: [
          { region: 'r.temple', intensity: 6 },
          { region: 'r.parietal', intensity: 4 },
        ],
      },
      atlas,
      { top: 20 },
    );
    const trap = r.ranked.find((c) => c.muscle.id === 'upper-trapezius');
    expect(trap?.near).toEqual(['r.parietal']);
    expect(trap?.unexplained).toEqual([]);
    expect(trap?.summary).toContain('near its pattern: right side of the top of the head');
    expect(trap?.summary).not.toContain('unexplained');
  });
});

describe('one story across tabs', () => {
  const regionIds = REGIONS.map((r) => r.id);
  it('the fewest-muscles set starts with the top of the ranked list and counts shares as the list counts coverage', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ region: fc.constantFrom(...regionIds), intensity: fc.integer({ min: 1, max: 10 }) }),
          { minLength: 1, maxLength: 6, selector: (d) => d.region },
        ),
        (drawing) => {
          const r = rankSources({ drawing }, atlas, { top: 100 });
          const first = r.explainingSet[0];
          const top = r.ranked[0];
          if (top === undefined || top.coverage === 0) return;
          if (first === undefined) {
            // nobody adds the minimum share
            expect(top.coverage).toBeLessThan(DEFAULT_WEIGHTS.coverMinGain + 0.001);
            return;
          }
          expect([first.muscle.id, first.side, first.rank]).toEqual([top.muscle.id, top.side, 1]);
          expect(first.share).toBeCloseTo(top.coverage, 2);
          let total = 0;
          for (const e of r.explainingSet) {
            const c = r.ranked[e.rank - 1];
            expect([c?.muscle.id, c?.side]).toEqual([e.muscle.id, e.side]);
            expect(e.share).toBeLessThanOrEqual((c?.coverage ?? 0) + 0.001);
            expect(e.reasons.map((m) => m.region)).toEqual(e.regions);
            total += e.share;
          }
          expect(total).toBeLessThanOrEqual(1.005); // shares are rounded to 0.001 each
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('experimental patterns', () => {
  const [tpId] = Object.keys(EXPERIMENTAL_PATTERNS).filter((id) => id.startsWith('pronator-quadratus.'));
  const region = (index.byMuscleSide.get('pronator-quadratus|r') ?? []).find(
    (x) => x.triggerPointId === tpId && x.zone === 'essential',
  )?.regionId;
  const input = { drawing: [{ region: region ?? '', intensity: 6 }] };
  const pq = (options = {}) =>
    rankSources(input, atlas, { top: 100, ...options }).ranked.find(
      (c) => c.muscle.id === 'pronator-quadratus',
    );

  it('are labelled in the explanation', () => {
    expect(region).toBeDefined();
    const c = pq();
    expect(c?.explains.some((m) => m.experimental === true)).toBe(true);
    expect(c?.summary).toContain('experimental pattern');
  });

  it('weigh less than textbook patterns, by the documented factor', () => {
    const full = pq({ weights: withWeights({ experimentalFactor: 1 }) });
    const shipped = pq();
    expect(DEFAULT_WEIGHTS.experimentalFactor).toBeLessThan(1);
    expect(shipped?.coverage).toBeLessThan(full?.coverage ?? 0);
    const credit = (w = DEFAULT_WEIGHTS) =>
      scoringTables(atlas, true, w)
        .exact.get(region ?? '')
        ?.get('pronator-quadratus|r')?.credit ?? 0;
    expect(credit()).toBeCloseTo(
      credit(withWeights({ experimentalFactor: 1 })) * DEFAULT_WEIGHTS.experimentalFactor,
      6,
    );
    expect(credit()).toBeGreaterThan(0);
  });

  it('can be hidden with includeExperimental: false', () => {
    const r = rankSources(input, atlas, { top: 100, includeExperimental: false });
    expect(r.ranked.some((c) => c.explains.some((m) => m.experimental === true))).toBe(false);
    expect(
      r.ranked
        .find((c) => c.muscle.id === 'pronator-quadratus')
        ?.explains.some((m) => m.how !== 'nearby' && m.how !== 'local') ?? false,
    ).toBe(false);
  });
});
