import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';
import { screenRedFlags } from '../rank/screen-red-flags.ts';

// The classes of miss probe E showed, each with sentences written for these tests (none taken from the
// probe or a page): how people deny a sign, which look-alikes fool a keyword reader, how a sign is
// worded, and how far a context reaches. Every class has a control that must still flag.
const flags = (text: string): string[] => resolveEvidence(text).redFlags;
const tier = (text: string, age?: number): string =>
  screenRedFlags({ text, ...(age === undefined ? {} : { age }) }).notice?.tier ?? 'none';

describe('denials: answers, abbreviations', () => {
  it('a "no" after an answer label answers the question before it', () => {
    expect(tier('Q: Any numbness around your bottom? A: No.')).toBe('none');
    expect(tier('Q: Are you on warfarin or another blood thinner? Answer: none.')).toBe('none');
  });
  it('"n/a" as an answer or a field value is no', () => {
    expect(tier('Blood thinners? n/a. Pregnant: n/a.')).toBe('none');
    expect(flags('On warfarin? yes.')).toContain('anticoagulants');
  });
  it('"neg for" and a trailing "neg" are charted negatives', () => {
    expect(tier('Screened today: neg for saddle numbness and bladder change.')).toBe('none');
    expect(tier('saddle anaesthesia neg.')).toBe('none');
  });
  it('a comma still ends the charted negative', () => {
    expect(tier('Neg for fever, saddle numbness since Monday')).toBe('urgent');
  });
});

describe('"gone" as a linking verb is no resolution', () => {
  it('"gone pale and clammy" keeps the spreading pain before it', () => {
    expect(tier("Heartburn that is now spreading into my left arm and I've gone pale and clammy")).toBe(
      'emergency',
    );
    expect(flags("the ache is spreading to my jaw and I've gone grey")).toContain('pain-spreading-arm-jaw');
  });
  it('"gone" said of the pain itself still rules it out', () => {
    expect(flags('pain spreading into my arm last night, gone now')).not.toContain('pain-spreading-arm-jaw');
  });
});

describe('an illness that cleared up', () => {
  it('"which cleared up" after a comma makes the illness past', () => {
    expect(tier('Tired since a fever over Christmas, which has cleared up. Tight calves.')).toBe('none');
  });
  it('a stroke sign that went away still flags (it may be a TIA)', () => {
    expect(tier('my face drooped on one side for five minutes but it went away')).toBe('emergency');
  });
});

describe('a crushing chest pain that has passed', () => {
  it('still stops the session, with the chest it was felt in', () => {
    expect(tier('squeezing pain in my chest after breakfast, gone now')).toBe('emergency');
    expect(tier('a pressing feeling in my chest on the bus, all gone now')).toBe('emergency');
  });
  it('an old episode dated long ago does not', () => {
    expect(tier('squeezing pain in my chest two years ago, gone now')).toBe('none');
  });
});

describe("a sign whose words step over a comma into another person's or a hypothetical clause", () => {
  it('takes the context of that clause', () => {
    expect(tier('Sore calves, my sister had hot and swollen ones')).toBe('none');
    expect(tier('Stiff calf, worried about it going red and swollen')).toBe('none');
  });
  it('a list after the comma is still the sign', () => {
    expect(tier('my calf is tender, hot and swollen')).toBe('urgent');
  });
});

describe('other experiencers: animals, medicines given to others', () => {
  it("an animal's illness or medicine is not the client's", () => {
    expect(tier('The dog has cancer and I am up at night with him; neck is stiff')).toBe('none');
    expect(tier('Our rabbit is on steroids for his eyes, my wrist aches from the syringe')).toBe('none');
  });
  it('walking the dog is still the client', () => {
    expect(tier('Walking the dog brings on a tight chest and I feel sick')).toBe('emergency');
  });
  it('a medicine the client gives at work is not theirs, one they give themself is', () => {
    expect(tier('I give enoxaparin jabs on the ward all shift and my lower back aches')).toBe('none');
    expect(flags('I give myself enoxaparin jabs every evening')).toContain('anticoagulants');
    expect(tier('I give up trying to sleep with this crushing chest pain and I feel sick')).toBe('emergency');
  });
});

describe('idioms and objects that look like trauma or cancer', () => {
  it('a broken heart, a broken-down van, a cracked screen and falling for someone are no injury', () => {
    expect(tier('She broke my heart in the spring and my shoulders are tense')).toBe('none');
    expect(tier('The van broke down on the motorway, stressful day')).toBe('none');
    expect(tier('Laptop screen cracked at work, neck stiff')).toBe('none');
    expect(tier('I fell for the sales pitch, now my traps are tight')).toBe('none');
  });
  it('a real fall still flags', () => {
    expect(tier('Fell down the stairs yesterday and my wrist is swollen')).toBe('refer');
  });
  it('"I\'m a Cancer" is a star sign; "a cancer survivor" is not', () => {
    expect(tier("Apparently I'm a Cancer. Sore shoulders.")).toBe('none');
    expect(tier("I'm a cancer survivor. My back aches at night.")).toBe('refer');
  });
});

describe('sign wordings', () => {
  it('a tearing pain said in the passive', () => {
    expect(tier('All at once it felt like my upper back was being torn in two')).toBe('emergency');
    expect(tier('my hamstring felt like it was being torn at sprint training')).toBe('none');
  });
  it('an arm gone heavy and useless, with an onset word', () => {
    expect(tier('Twenty minutes ago my left arm went heavy and I could not hold my phone', 70)).toBe(
      'emergency',
    );
    expect(flags('my arm feels useless after moving house')).not.toContain('sudden-arm-weakness');
  });
  it('both legs weak is no one-sided stroke sign', () => {
    expect(flags('both legs have gone weak and wobbly this week')).not.toContain('sudden-arm-weakness');
  });
  it('bowel or bladder control lost, misspelt too', () => {
    expect(tier('lost controll of my bladder yesterday with the back pain')).toBe('urgent');
    expect(tier('I have lost control of my bowls since the weekend')).toBe('urgent');
  });
  it('saddle paraesthesia', () => {
    expect(tier('c/o saddle paresthesia x2 days')).toBe('urgent');
  });
  it('a joint that came up hot and swollen, with words between', () => {
    expect(tier('My ankle went hot, shiny and swollen overnight for no reason')).toBe('refer');
    expect(tier('My wrist has come up hot for no reason')).toBe('refer');
  });
  it('a foot that now drags or slaps', () => {
    expect(tier('Numb shin last month, and now my foot drags when I walk')).toBe('urgent');
  });
  it('"been sick" with chest pressure; not with the flu', () => {
    expect(flags("An ache behind my breastbone when resting & I've been sick once")).toContain(
      'nausea-with-pain',
    );
    expect(flags("I've been sick with flu all week")).not.toContain('nausea-with-pain');
  });
});

describe('an onset word that lets a loose arm wording count', () => {
  it('counts when the onset is said, not when it is only a possibility or denied', () => {
    expect(flags('my hand went useless, it came on out of the blue')).toContain('sudden-arm-weakness');
    expect(flags("can't hold my bladder, ring us if the arm goes suddenly")).not.toContain(
      'sudden-arm-weakness',
    );
    expect(flags('keeps dropping things, no sudden onset')).not.toContain('sudden-arm-weakness');
  });
});

describe('someone else telling what they see in the client', () => {
  it('the client is the one with the sign again after "says my", "noticed my"', () => {
    expect(flags('My son says my eyes keep jumping when I turn my head')).toContain('nystagmus');
    expect(flags('his partner noticed my words were slurring tonight')).toContain('speech-difficulty');
  });
  it('what the other person has themselves stays theirs', () => {
    expect(flags('my son says his eyes keep jumping')).not.toContain('nystagmus');
  });
});

describe('lay wordings read from blind 8 misses, in new words', () => {
  it.each<[string, string]>([
    ['a headache like being hit with a hammer, out of nowhere', 'thunderclap-headache'],
    ['about 6 kg gone over the winter without trying', 'unexplained-weight-loss'],
    ['my trousers hanging off me lately', 'unexplained-weight-loss'],
    ['the numbness spread from my buttock down into my foot this week', 'progressive-weakness'],
    ['three weeks after my cervical fusion', 'recent-surgery'],
  ])('"%s" is %s', (text, id) => {
    expect(flags(text)).toContain(id);
  });
});

describe("a sign's words used for something ordinary in the same clause (blind 9 look-alikes, new words)", () => {
  it.each<[string, string]>([
    ['I nurse on a cancer ward and lift patients all day, back sore', 'cancer-history'],
    ['a short burst of prednisolone for three days last spring, neck stiff', 'long-term-steroids'],
    ['transplanted the tomatoes all weekend, low back killing me', 'immunosuppression'],
    ['I was in the cast of the panto, calves tight from dancing', 'recent-immobilisation'],
    ['lots of emotional trauma this year, jaw clenched', 'recent-trauma'],
  ])('"%s" is no %s', (text, id) => {
    expect(flags(text)).not.toContain(id);
  });
  it.each<[string, string]>([
    ['on prednisolone for years for my lungs, new back pain', 'long-term-steroids'],
    ['had a kidney transplant in June, back sore', 'immunosuppression'],
    ['leg in a plaster cast for six weeks, calf tight', 'recent-immobilisation'],
  ])('"%s" is still %s', (text, id) => {
    expect(flags(text)).toContain(id);
  });
  it('note short forms of cauda equina, progressive weakness and a new headache', () => {
    expect(flags('bilat leg numbness and new urinary urgency')).toEqual(
      expect.arrayContaining(['bilateral-leg-symptoms', 'bladder-bowel-change']),
    );
    expect(flags("numb fingers and now it's spreading up to my elbow")).toContain('progressive-weakness');
    expect(tier('new temporal HA for a fortnight, scalp sore to comb, jaw tires when chewing', 71)).toBe(
      'urgent',
    );
  });
});

describe('a spaced dash after a short answer ends the answer', () => {
  it('"Question? No - ..." denies the sign asked about; "Yes - ..." does not', () => {
    expect(tier('Thunderclap headache? No - built up over the day like my usual ones')).toBe('none');
    expect(tier('Any numbness in the saddle area? No – none at all')).toBe('none');
    expect(tier('Sudden worst-ever headache? Yes - hit me in a second')).toBe('emergency');
  });
});
