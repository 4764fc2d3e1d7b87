import { resolveEvidence } from '@myomap/engine';
import { describe, expect, it } from 'vitest';
import { descriptionEvidence } from './description-evidence.ts';

const said = (text: string): ReturnType<typeof descriptionEvidence> =>
  descriptionEvidence(resolveEvidence(text), text);

describe('what a description adds besides regions', () => {
  it('shows ruled-out and other people’s findings as chips with their own words', () => {
    const r = said('left shoulder ache, no fever, her mother had a stroke');
    expect(r.redFlags).toEqual([]);
    expect(r.chips.map((c) => `${c.text} → ${c.label}`)).toEqual([
      'no fever → ruled out',
      'mother had a stroke → not the client',
    ]);
  });

  it('one chip for "no chest pain" (a site and its pain words)', () => {
    expect(said('no chest pain').chips.map((c) => c.text)).toEqual(['no chest pain']);
  });

  it('a present sign becomes a red flag, not a chip', () => {
    const r = said('crushing pain in my chest and I feel clammy');
    expect(r.redFlags).toEqual(['pain-at-rest-crushing', 'cold-sweat']);
    expect(r.chips).toEqual([]);
  });

  it('a past cancer counts as a red flag; a past fall is a chip', () => {
    const r = said('history of breast cancer; fell off a horse years ago');
    expect(r.redFlags).toEqual(['cancer-history']);
    expect(r.chips.map((c) => c.label)).toEqual(['in the past']);
  });
});
