import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';

const flags = (text: string): string[] => resolveEvidence(text).redFlags;

describe('guarded red-flag terms (signs.yaml onlyWith)', () => {
  it('an arm that "went dead" alone is not a stroke sign', () => {
    for (const t of ['my arm went dead', 'dead arm after bowling all afternoon', 'my left arm feels dead'])
      expect(flags(t), t).not.toContain('sudden-arm-weakness');
  });

  it('counts it with an onset word in the same sentence', () => {
    for (const t of ['my arm suddenly went dead', 'her right arm went dead out of nowhere'])
      expect(flags(t), t).toContain('sudden-arm-weakness');
    expect(flags('Suddenly tired. My arm went dead after the gym.')).not.toContain('sudden-arm-weakness');
  });

  it('counts it with a companion stroke sign anywhere in the note', () => {
    expect(flags('arm went dead. Her face has dropped on one side')).toContain('sudden-arm-weakness');
    expect(flags('my arm went dead and my speech is slurred')).toContain('sudden-arm-weakness');
  });

  it('still lets the ordinary look-alike words win over an onset word', () => {
    expect(flags('suddenly my arm went dead after I slept on it')).not.toContain('sudden-arm-weakness');
  });

  it('other terms of the sign still count alone', () => {
    expect(flags('weakness in one arm')).toContain('sudden-arm-weakness');
  });
});

describe('guarded terms and context', () => {
  it('a denied companion does not back "arm went dead"', () => {
    expect(flags('my arm went dead. No face droop, no slurred speech.')).not.toContain('sudden-arm-weakness');
    expect(flags('arm went dead. Return if her face droops.')).not.toContain('sudden-arm-weakness');
  });
});

describe('sign terms with a wide gap (signs.yaml "...")', () => {
  it('crosses the commas of a list that "and" closes, not a bare comma', () => {
    expect(flags('This week the left calf is tender, red and swollen.')).toContain('calf-swelling');
    expect(flags('my calf cramps at night, swollen gums from the dentist')).not.toContain('calf-swelling');
  });
});

describe('falls in lay words (recent-trauma)', () => {
  it('coming off a ladder is a fall; a fell race is hill running', () => {
    expect(flags('came off a ladder last Friday')).toContain('recent-trauma');
    expect(flags('knee buckles on the descent at the end of the fell race')).toEqual([]);
  });
});

describe('stroke, breathlessness and night-pain signs in lay words (signs.yaml)', () => {
  it('a sagging mouth and words that would not come out are stroke signs', () => {
    expect(flags('his lip started sagging on the right')).toContain('face-droop');
    expect(flags("she couldn't get the words out properly")).toContain('speech-difficulty');
    expect(flags('no sagging of the mouth and she can get her words out')).toEqual([]);
  });

  it('puffed on a short walk is breathlessness', () => {
    expect(flags('gets puffed walking up the drive')).toContain('breathlessness');
  });

  it('pain no position eases is constant night pain', () => {
    expect(flags('hip aches at night, no matter what position I try')).toContain('constant-night-pain');
    expect(flags('The hip ache is there day in, day out, and nothing makes it any better.')).toContain(
      'constant-night-pain',
    );
  });

  it("an organ out a few weeks ago is recent surgery; a runner's stitch is not", () => {
    expect(flags('appendix out ten days ago')).toContain('recent-surgery');
    expect(flags('he gets a stitch in the side on long runs')).not.toContain('recent-surgery');
  });

  it('a clot or DVT in the leg in the past is a previous clot', () => {
    expect(flags('DVT in the right calf back in 2016')).toEqual(['prior-dvt']);
    expect(flags('had a deep vein thrombosis years ago')).toEqual(['prior-dvt']);
    expect(flags('never had a blood clot')).toEqual([]);
  });
});

describe('benign look-alikes (signs.yaml unlessNear)', () => {
  it('double vision made on purpose, night sweats of the menopause and a chest sore from pressing weights', () => {
    expect(flags('I can see double if I go cross-eyed on purpose')).not.toContain('double-vision');
    expect(flags('night sweats since going through the perimenopause')).not.toContain('fever');
    expect(flags('tight chest since a heavy chest press session')).not.toContain('pain-at-rest-crushing');
    // the same words without the ordinary cause still count
    expect(flags('seeing double since this morning')).toContain('double-vision');
    expect(flags('night sweats and shivers')).toContain('fever');
    expect(flags('tight chest while sitting watching TV')).toContain('pain-at-rest-crushing');
  });
});

describe('measured values (signs.yaml readings)', () => {
  it('a temperature of 38 C (100.4 F) or more is a fever; a lower one is not', () => {
    expect(flags('temp 38.6 overnight, neck stiff')).toContain('fever');
    expect(flags('temps up to 38.9 since Friday')).toContain('fever');
    expect(flags('temp 101.2 last night')).toContain('fever');
    expect(flags('temp 37.1 this morning')).not.toContain('fever');
    expect(flags('temp 36.9, 38 years old')).not.toContain('fever');
    expect(flags('no temp 38 or above')).not.toContain('fever');
  });
});

describe('a wide gap of a term ("platelets ... run low") and the commas in it', () => {
  it.each([
    'Consultant watches my platelets, they tend to run low',
    'My platelets, which have always run low, get checked every spring',
  ])('a comma that picks the subject up again with a pronoun keeps the term: "%s"', (text) => {
    expect(flags(text)).toContain('bleeding-disorder');
  });
  it.each([
    'Platelets were checked, iron tends to run low',
    'My platelets, they never run low',
    'Bloods checked for platelets, it was my iron that ran low',
  ])('another clause, or the same term denied, is not the sign: "%s"', (text) => {
    expect(flags(text)).not.toContain('bleeding-disorder');
  });
});
