import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../cases/case-schema.ts';
import { isLookupOnly, lookupCeiling } from './lookup-ceiling.ts';

const base: EvalCase = {
  id: 'x',
  category: 'single-area',
  split: 'tune',
  description: 'a test case only',
  drawing: [{ region: 'r.temple', intensity: 5 }],
  expected: ['temporalis'],
  mustInclude: ['temporalis'],
  source: { work: 'simons-1999', locator: 'test' },
};

describe('lookupCeiling', () => {
  it('treats one region without evidence as lookup-only, and more regions or any evidence as rankable', () => {
    expect(isLookupOnly(base)).toBe(true);
    expect(isLookupOnly({ ...base, evidence: { activities: [] } })).toBe(true);
    expect(isLookupOnly({ ...base, drawing: [...base.drawing, { region: 'r.occiput', intensity: 4 }] })).toBe(
      false,
    );
    expect(isLookupOnly({ ...base, evidence: { symptoms: ['dizziness'] } })).toBe(false);
    expect(
      isLookupOnly({ ...base, drawing: [{ region: 'r.temple', intensity: 5, quality: 'tingling' }] }),
    ).toBe(false);
  });

  it('is the gain of a ranker perfect on rankable cases and equal to the lookup elsewhere', () => {
    const rankable = { ...base, id: 'y', drawing: [...base.drawing, { region: 'r.occiput', intensity: 4 }] };
    // lookup: rank 2 on the one-region case (rr 0.5), rank 4 on the rankable one (rr 0.25)
    const c = lookupCeiling(
      [base, rankable],
      [{ muscles: ['upper-trapezius', 'temporalis'] }, { muscles: ['a', 'b', 'c', 'temporalis'] }],
    );
    expect(c).toEqual({ cases: 2, rankableCases: 1, lookupMrr: 0.375, maxGain: 0.375 });
  });
});
