import { describe, expect, it } from 'vitest';
import { ageOn } from './age.ts';

describe('ageOn', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(ageOn('1988-04-12', '2026-04-11')).toBe(37);
    expect(ageOn('1988-04-12', '2026-04-12')).toBe(38);
    expect(ageOn('1988-04-12', '2026-12-03')).toBe(38);
    expect(ageOn('1975-11-03', '2026-03-02')).toBe(50);
  });
  it('is null without a date of birth or before it', () => {
    expect(ageOn(null, '2026-01-01')).toBeNull();
    expect(ageOn('2030-01-01', '2026-01-01')).toBeNull();
    expect(ageOn('not-a-date', '2026-01-01')).toBeNull();
  });
});
