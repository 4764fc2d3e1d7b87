import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../cases/case-schema.ts';
import { caseSide, computeMetrics, firstRelevantRank } from './metrics.ts';

const right: EvalCase = {
  id: 'x',
  category: 'single-area',
  description: 'a test case only',
  drawing: [{ region: 'r.temple', intensity: 5 }],
  expected: ['temporalis', 'upper-trapezius'],
  mustInclude: ['temporalis'],
  expectedSide: 'r',
  source: { work: 'simons-1999', locator: 'test' },
};
const bilateral: EvalCase = {
  ...right,
  id: 'y',
  drawing: [
    { region: 'r.temple', intensity: 5 },
    { region: 'l.temple', intensity: 5 },
  ],
  expectedSide: undefined,
};

describe('side-scored metrics', () => {
  it('a one-sided case counts its answer only on its own side (or a midline muscle)', () => {
    expect(firstRelevantRank(right, [{ muscle: 'temporalis', side: 'l' }])).toBeUndefined();
    expect(firstRelevantRank(right, [{ muscle: 'temporalis', side: 'both' }])).toBeUndefined();
    expect(
      firstRelevantRank(right, [
        { muscle: 'temporalis', side: 'l' },
        { muscle: 'temporalis', side: 'r' },
      ]),
    ).toBe(2);
    expect(firstRelevantRank(right, [{ muscle: 'temporalis', side: 'm' }])).toBe(1);
  });

  it('derives the side from a one-sided drawing without expectedSide; bilateral accepts any side', () => {
    expect(caseSide({ ...right, expectedSide: undefined })).toBe('r');
    expect(caseSide(bilateral)).toBeUndefined();
    for (const side of ['l', 'r', 'both'] as const)
      expect(firstRelevantRank(bilateral, [{ muscle: 'temporalis', side }])).toBe(1);
  });

  it('scores top-k, MRR and must-include@5 with sides', () => {
    const m = computeMetrics(
      [right, right, bilateral],
      [
        { entries: [{ muscle: 'temporalis', side: 'l' }] },
        {
          entries: [
            { muscle: 'a', side: 'r' },
            { muscle: 'temporalis', side: 'r' },
          ],
        },
        { entries: [{ muscle: 'temporalis', side: 'both' }] },
      ],
    );
    expect(m).toMatchObject({ rankedCases: 3, top1: 0.333, top3: 0.667, mrr: 0.5, mustInclude5: 0.667 });
  });
});
