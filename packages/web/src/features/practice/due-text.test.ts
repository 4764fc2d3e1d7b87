import { describe, expect, it } from 'vitest';
import { dueText } from './due-text.ts';

describe('dueText', () => {
  it('says when a card comes back in words', () => {
    expect(dueText(0, 10)).toBe('now');
    expect(dueText(10 * 60_000, 0)).toBe('in 10 minutes');
    expect(dueText(60_000, 0)).toBe('in 1 minute');
    expect(dueText(5 * 3_600_000, 0)).toBe('in 5 hours');
    expect(dueText(86_400_000, 0)).toBe('tomorrow');
    expect(dueText(4 * 86_400_000, 0)).toBe('in 4 days');
  });
});
