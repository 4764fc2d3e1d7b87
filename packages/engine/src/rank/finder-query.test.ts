import { describe, expect, it } from 'vitest';
import { readAgeText } from './finder-query.ts';

describe('readAgeText', () => {
  it('reads whole years within bounds, spaces allowed', () => {
    expect(readAgeText(' 72 ')).toBe(72);
    expect(readAgeText('0')).toBe(0);
    expect(readAgeText('120')).toBe(120);
  });

  it('refuses anything else', () => {
    for (const text of ['', '121', '7.5', '-3', '1e2', 'seventy', '72 years', '0x40'])
      expect(readAgeText(text), text).toBeUndefined();
  });
});
