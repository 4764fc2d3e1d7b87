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
    // "swollen" names the swelling symptom outright, beside the calf sign that reads the same word
    ['right calf hot and swollen', ['swelling', 'calf-swelling']],
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
    ['it hurts to chew on the left', 'jaw.closing'],
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

describe('verbs whose particle carries the meaning (evidence-words.yaml phrasal)', () => {
  it('"looking up" is extension, "looking down" flexion', () => {
    expect(ids('neck aches from looking up all day')).toEqual(['cervical.extension']);
    expect(ids('neck aches from looking down all day')).toEqual(['cervical.flexion']);
  });

  it('"gets up" names the movement or the dizziness on standing', () => {
    expect(ids('feels dizzy when he gets up too quickly')).toEqual(['postural-dizziness']);
    expect(ids('sore every time she gets up from the sofa')).toContain('sit_to_stand');
  });
});

describe('a wording that means something else in the same phrase (evidence-words.yaml unless)', () => {
  it('falling down the stairs is no stair climbing; going up them is', () => {
    expect(ids('fell down the stairs yesterday')).not.toContain('stair_climbing');
    expect(ids('slipped on the stairs at work')).not.toContain('stair_climbing');
    expect(ids('knee aches going up the stairs')).toContain('stair_climbing');
  });

  it('the school run is not running', () => {
    expect(ids('heavy rucksack on the school run')).not.toContain('running');
    expect(ids('knee aches when she goes for a run')).toContain('running');
  });
});

describe('past events that still count as evidence (evidence-words.yaml historyCounts)', () => {
  it('whiplash and an operation years ago count; a past activity does not', () => {
    expect(ids('shunted from behind in 2012')).toEqual(['whiplash']);
    expect(ids('gallbladder out by keyhole in 2010')).toEqual(['abdominal-surgery']);
    expect(ids('gave up running after the knee op in 2015')).not.toContain('running');
  });
});

describe('wordings that lost their verb name only a thing', () => {
  it('sitting on the couch is no getting up from it; a worry about what might come is no stress finding', () => {
    expect(ids('her face dropped while she was on the couch')).not.toContain('sit_to_stand');
    expect(ids('aches when she gets up from the couch')).toContain('sit_to_stand');
    expect(ids('worried he might end up on crutches')).toEqual([]);
  });
});

// Sentences written for these tests after blind 10 (4 December 2026).
describe('one phrase per finding', () => {
  it('"pins and needles" is one thing: tingling, not "pins" and "needles in my foot" (walking)', () => {
    const r = resolveEvidence('pins and needles along the outside of my foot');
    expect(r.symptoms).toContain('tingling');
    expect(r.movements).toEqual([]);
  });
  it('a symptom a red-flag term also reads is kept beside the flag', () => {
    const r = resolveEvidence('pins and needles in both feet since the weekend');
    expect(r.redFlags).toContain('bilateral-leg-symptoms');
    expect(r.symptoms).toContain('tingling');
  });
  it('a body place alone is no activity ("on my feet" does not make every foot a walk)', () => {
    expect(resolveEvidence('a burning ache under both feet').activities).not.toContain('prolonged-standing');
    expect(resolveEvidence('a burning ache under both feet').movements).toEqual([]);
  });
});

describe('said to be no longer painful', () => {
  it('"has not been painful since" rules a movement out, never a place of pain', () => {
    expect(resolveEvidence('kneeling has not been painful since the new insoles').activities).not.toContain(
      'kneeling',
    );
    expect(resolveEvidence('squatting has not been painful since March').movements).toEqual([]);
  });
});
