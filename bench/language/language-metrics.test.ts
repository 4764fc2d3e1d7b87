import { describe, expect, it } from 'vitest';
import { scoreRedFlags } from './language-metrics.ts';
import type { RedFlagCase } from './language-sets.ts';

const denied = (id: string, text: string, expectTier: RedFlagCase['expectTier']): RedFlagCase => ({
  id,
  text,
  age: 50,
  expectTier,
  benignLookalike: false,
  negated: true,
});

describe('red-flag scores: a denied sign', () => {
  it('counts as flagged only when the tier is above what the rest of the case calls for', () => {
    // The denial raises nothing; the blood thinner after "but" is the caution the case expects.
    const kept = scoreRedFlags([denied('a', 'No numbness down there, but she takes warfarin.', 'caution')]);
    expect(kept.negatedFlagged).toBe(0);
    // Expected nothing at all, and the text holds a real sign: that is a flagged denial.
    const raised = scoreRedFlags([denied('b', 'Numb in the saddle area and cannot pee.', 'none')]);
    expect(raised.negatedFlagged).toBe(1);
  });
});
