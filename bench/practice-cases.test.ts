import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCases } from './eval/families.ts';
import { loadTuningCases } from './eval/load-cases.ts';
import { practiceTuneCases } from './practice-cases.ts';

const committed = JSON.parse(
  readFileSync(new URL('../packages/engine/src/practice/data/tune-cases.json', import.meta.url), 'utf8'),
) as { id: string; split: string }[];

describe('practice tuning cases', () => {
  it('are the current tune split of bench/cases (run bench/practice-cases.ts to refresh)', () => {
    expect(committed).toEqual(practiceTuneCases());
  });

  it('hold no holdout case', () => {
    const cases = loadTuningCases();
    const split = splitCases(cases);
    const holdout = new Set(cases.filter((c) => split.get(c.id) !== 'tune').map((c) => c.id));
    expect(committed.length).toBeGreaterThan(0);
    for (const c of committed) {
      expect(c.split).toBe('tune');
      expect(holdout.has(c.id)).toBe(false);
      expect(c.id.startsWith('blind'), c.id).toBe(false);
    }
  });
});
