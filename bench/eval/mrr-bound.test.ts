import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../cases/case-schema.ts';
import { computeMetrics, type AnswerEntry } from './metrics.ts';
import { mrrBound } from './mrr-bound.ts';
import { rankingCanDiffer } from './subsets.ts';

const base: EvalCase = {
  id: 'x',
  category: 'single-area',
  description: 'a test case only',
  drawing: [{ region: 'r.temple', intensity: 5 }],
  expected: ['a', 'b'],
  mustInclude: ['a'],
  source: { work: 'simons-1999', locator: 'test' },
};

const MUSCLES = ['a', 'b', 'c'] as const;
const SIDES = ['l', 'r'] as const;
const ITEMS: AnswerEntry[] = MUSCLES.flatMap((muscle) => SIDES.map((side) => ({ muscle, side })));
const INPUTS = [
  [{ region: 'r.temple', intensity: 5 }],
  [{ region: 'l.temple', intensity: 5 }],
  [
    { region: 'l.temple', intensity: 5 },
    { region: 'r.temple', intensity: 5 },
  ],
];

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [xs.slice()];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
const ALL_RANKINGS = permutations(ITEMS); // 720 full rankings of the tiny universe

/** The best MRR of any ranker, by brute force: every input independently tries every full ranking. */
function bruteForceBestMrr(cases: readonly EvalCase[]): number {
  let total = 0;
  for (let input = 0; input < INPUTS.length; input++) {
    const group = cases.filter((c) => JSON.stringify(c.drawing) === JSON.stringify(INPUTS[input]));
    if (group.length === 0) continue;
    let best = 0;
    for (const ranking of ALL_RANKINGS) {
      const m = computeMetrics(
        group,
        group.map(() => ({ entries: ranking })),
      );
      best = Math.max(best, m.mrr * group.length);
    }
    total += best;
  }
  return total / cases.length;
}

describe('the MRR bound', () => {
  it('equals the best a brute-force search over every ranker reaches, on small inputs', () => {
    const caseArb = fc.record({
      input: fc.integer({ min: 0, max: INPUTS.length - 1 }),
      must: fc.uniqueArray(fc.constantFrom(...MUSCLES), { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 1, maxLength: 5 }), (specs) => {
        const cases = specs.map((s, i) => ({
          ...base,
          id: `c${i}`,
          drawing: INPUTS[s.input] ?? [],
          expected: [...s.must, 'z'],
          mustInclude: s.must,
        }));
        const bound = mrrBound(cases);
        expect(bound.exact).toBe(true);
        expect(bound.bestMrr).toBeCloseTo(bruteForceBestMrr(cases), 2);
      }),
      { numRuns: 40 },
    );
  });

  it('is 1 when every case has its own input, below 1 when one input must serve two answers', () => {
    expect(mrrBound([base, { ...base, id: 'y', drawing: INPUTS[1] ?? [] }]).bestMrr).toBe(1);
    // same input, answers a and b: one of them is at best second -> (1 + 1/2) / 2
    expect(mrrBound([base, { ...base, id: 'y', mustInclude: ['b'] }]).bestMrr).toBe(0.75);
  });

  it('splits the cases where ranking can differ from a one-region lookup', () => {
    expect(rankingCanDiffer(base)).toBe(false);
    expect(rankingCanDiffer({ ...base, evidence: { activities: [] } })).toBe(false);
    expect(rankingCanDiffer({ ...base, drawing: INPUTS[2] ?? [] })).toBe(true);
    expect(rankingCanDiffer({ ...base, evidence: { symptoms: ['dizziness'] } })).toBe(true);
    expect(
      rankingCanDiffer({ ...base, drawing: [{ region: 'r.temple', intensity: 5, quality: 'tingling' }] }),
    ).toBe(true);
  });
});
