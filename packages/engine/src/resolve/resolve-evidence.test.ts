import { describe, expect, it } from 'vitest';
import { resolveEvidence } from './resolve-evidence.ts';

const ids = (text: string): string[] => {
  const r = resolveEvidence(text);
  return [...r.movements.map((m) => m.id), ...r.activities, ...r.symptoms, ...r.redFlags];
};

describe('evidence in everyday words (data/context/evidence-words.yaml)', () => {
  it.each<[string, string[]]>([
    ['plays the violin several hours a day', ['playing-instrument']],
    ['ringing in my ears', ['tinnitus']],
    ['dizzy when I turn my head', ['postural-dizziness']],
    ['pain when I look over my shoulder', ['cervical.rotation']],
    ['grinds her teeth at night', ['bruxism']],
    ['typing all day and uses a mouse', ['typing', 'mouse-use']],
  ])('%s -> %s', (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it('an everyday wording counts only whole: "new" alone is not "new pillow"', () => {
    expect(ids('new back pain')).toEqual([]);
  });
});

describe('movements and activities in lay words (classes of evidence-words.yaml)', () => {
  it.each<[string, string]>([
    ['sore when reaching up to the top shelf', 'shoulder.flexion'],
    ['it catches when I am reversing the car', 'cervical.rotation'],
    ['back aches from carrying the shopping', 'carrying-in-front'],
    ['sat at a desk all day', 'prolonged-computer-work'],
    ['wrist aches after lifting my toddler', 'carrying-child'],
    ['eye waters with the headache', 'eye-tearing'],
  ])('%s -> %s', (text, want) => {
    expect(ids(text)).toContain(want);
  });

  it('"hurts if" is a provoking movement, not a hypothetical finding', () => {
    expect(ids('it hurts if she turns her head to the left')).toContain('cervical.rotation');
    expect(ids('call us if you feel dizzy')).not.toContain('dizziness');
  });

  it('a phrase can name a second entry in its own words ("knee gives way on the stairs")', () => {
    expect(ids('knee gives way on the stairs')).toEqual(['stair_climbing', 'buckling-knee']);
    expect(ids('no fever, weight steady')).toEqual([]);
  });
});
