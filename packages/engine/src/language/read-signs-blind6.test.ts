import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';
import { screenRedFlags } from '../rank/screen-red-flags.ts';

// Sentences written for these tests (not taken from any set or page), one class of blind-6 miss at a time:
// the sign in new words, the same sign denied or hypothetical, and an ordinary look-alike.
const flags = (text: string): string[] => resolveEvidence(text).redFlags;
const tier = (text: string, age?: number): string =>
  screenRedFlags({ text, ...(age === undefined ? {} : { age }) }).notice?.tier ?? 'none';

describe('a pressing chest with a faint', () => {
  it('a pressing feeling in the chest is the crushing sign, and with a faint an emergency', () => {
    expect(flags('there is a pressing feeling right across my chest')).toContain('pain-at-rest-crushing');
    expect(tier('Almost passed out in the kitchen, with a pressing sort of weight in my chest', 66)).toBe(
      'emergency',
    );
  });
  it('denied, it is not', () => {
    expect(flags('no pressing feeling in my chest and I have not fainted')).toEqual([]);
  });
});

describe('exertional chest pain that eases with rest', () => {
  it('a pain said to have gone after the effort is still exertional', () => {
    expect(flags('My chest hurts walking up the hill and it has gone by the time I get home')).toContain(
      'pain-on-exertion',
    );
  });
  it('a rest onset beside the exertional pain counts too', () => {
    expect(
      flags(
        'My chest hurts on the stairs most days, and this morning it came on while I was sitting reading',
      ),
    ).toContain('pain-at-rest-crushing');
  });
  it('a rest onset alone is not the crushing sign', () => {
    expect(flags('My neck started aching while I was sitting at the desk')).not.toContain(
      'pain-at-rest-crushing',
    );
  });
  it('denied, it is not', () => {
    expect(flags('no chest pain walking uphill')).toEqual([]);
  });
});

describe('the other leg affected too', () => {
  it('the second leg now numb as well is bilateral', () => {
    expect(flags('Sciatica on the right for a month, and now the left leg has gone numb too')).toContain(
      'bilateral-leg-symptoms',
    );
    expect(flags('first one leg then the other leg went tingly, now both feel weak')).toContain(
      'bilateral-leg-symptoms',
    );
  });
  it('hypothetical, it is not', () => {
    expect(flags('if the other leg goes numb too I will ring')).not.toContain('bilateral-leg-symptoms');
  });
});

describe('one puffy leg after a long drive', () => {
  it('one puffy warm lower leg is the swelling sign, and with hours at the wheel the DVT rule', () => {
    expect(flags('one leg has gone puffy since yesterday')).toContain('calf-swelling');
    const r = screenRedFlags({
      text: 'Spent nine hours in the car on Friday and now my lower leg is puffy and hot',
    });
    expect(r.rules.map((x) => x.id)).toContain('suspected-dvt');
  });
  it('denied, it is not', () => {
    expect(flags('no puffy leg after the drive, just a stiff neck')).not.toContain('calf-swelling');
  });
});

describe('night pain no position eases', () => {
  it('all night whichever way I lie is constant night pain', () => {
    expect(flags('Throbs all through the night no matter how I lie in bed')).toContain('constant-night-pain');
    expect(flags('the knee aches and will not settle in any position at night')).toContain(
      'constant-night-pain',
    );
  });
  it('a positional ache on lying is not', () => {
    expect(flags('Sore when I lie on that shoulder, fine otherwise')).not.toContain('constant-night-pain');
  });
});

describe('spinal pain in lay words with a risk factor', () => {
  it('a back "killing me" with injecting is the infection rule', () => {
    const r = screenRedFlags({ text: 'I inject heroin sometimes and my lower back is killing me' });
    expect(r.rules.map((x) => x.id)).toContain('fever-with-spinal-pain');
  });
  it('"the back went" on long-term steroids is the fracture rule', () => {
    const r = screenRedFlags({
      text: 'Been on steroid tablets for my arthritis for ages; my back went lifting a box',
    });
    expect(r.rules.map((x) => x.id)).toContain('fracture-risk-spinal-pain');
  });
  it("someone else's back that went is not the client's spinal pain", () => {
    const r = screenRedFlags({ text: "my wife's back went at the weekend and I'm on steroid tablets" });
    expect(r.rules.map((x) => x.id)).not.toContain('fracture-risk-spinal-pain');
  });
  it('a short course of steroids is not long-term', () => {
    expect(flags('a 7-day course of prednisolone for my asthma in spring')).not.toContain(
      'long-term-steroids',
    );
  });
});

describe('low platelets, a scoped joint, a torn thigh', () => {
  it('platelets that run low are a bleeding disorder', () => {
    expect(flags('my platelets always run low')).toContain('bleeding-disorder');
  });
  it('a knee scoped three weeks ago is recent surgery', () => {
    expect(flags('my knee was scoped three weeks ago')).toContain('recent-surgery');
  });
  it('a tearing in the thigh sprinting is a strain, not the aorta', () => {
    expect(tier('Felt a tearing pain in my thigh while sprinting for the train')).toBe('none');
  });
});
