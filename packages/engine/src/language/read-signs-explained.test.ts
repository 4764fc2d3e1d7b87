import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';
import { screenRedFlags } from '../rank/screen-red-flags.ts';

// Sentences written for these tests (not taken from any set): a look-alike whose ordinary explanation
// sits in the sign's own clause, beside the same sign with no explanation, which must still flag.
const flags = (text: string): string[] => resolveEvidence(text).redFlags;
const tier = (text: string): string => screenRedFlags({ text }).notice?.tier ?? 'none';

describe('sickness from drink or nerves is no heart-attack companion (unlessNear)', () => {
  it.each([
    'Had a few too many at the christening and was sick, neck stiff today.',
    'Always feel sick with nerves before a gig, shoulders up by my ears.',
  ])('"%s"', (text) => {
    expect(flags(text)).not.toContain('nausea-with-pain');
  });
  it('sickness with neck pain and no such explanation still counts', () => {
    expect(flags('Neck stiff today and I was sick twice this morning.')).toContain('nausea-with-pain');
  });
});

describe("ordinary causes in the sign's own clause (unlessNear)", () => {
  it.each<[string, string]>([
    ['Ribs and chest tight after my chest workout yesterday', 'pain-at-rest-crushing'],
    ['Clammy and shaky during my blood test, neck stiff', 'cold-sweat'],
    ['Nearly fainted when the nurse got the needle out, upper back sore', 'faint-with-pain'],
    ['Left calf swollen where a horsefly got me', 'calf-swelling'],
    ['Knee hot and swollen where a wasp stung it', 'hot-swollen-joint'],
    ['Wheezy and short of breath with my asthma on frosty mornings, neck tight', 'breathlessness'],
    ['Queasy from the anaesthetic after my wisdom teeth, jaw aching', 'nausea-with-pain'],
  ])('"%s" is not %s', (text, id) => {
    expect(flags(text)).not.toContain(id);
  });
  it.each<[string, string]>([
    ['Chest tight and heavy sitting watching telly', 'pain-at-rest-crushing'],
    ['Clammy and shaky out of the blue, neck aching', 'cold-sweat'],
    ['Left calf swollen and warm since the flight', 'calf-swelling'],
    ['Short of breath sitting still, neck tight', 'breathlessness'],
  ])('"%s" is still %s', (text, id) => {
    expect(flags(text)).toContain(id);
  });
});

describe('a new unsteady walk is a sign of cervical arterial dysfunction on its own (signs.yaml alone)', () => {
  it('veering or staggering with no neck pain named is still same-day care', () => {
    expect(
      tier('Since Thursday my walking has gone wobbly and I drift to one side, veering to the right'),
    ).toBe('urgent');
  });
  it('the gym look-alike stays clear', () => {
    expect(tier('Wobbly on my feet after a heavy leg session at the gym')).toBe('none');
  });
});
