import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';
import { screenRedFlags } from '../rank/screen-red-flags.ts';

// Sentences written for these tests (not taken from any set or page), one family of signs at a time:
// a lay wording that is the sign, the same sign denied, and an ordinary look-alike a keyword matcher
// would flag. The wordings come from the patient pages listed in signs.yaml `laySources`.
const flags = (text: string): string[] => resolveEvidence(text).redFlags;
const tier = (text: string, age?: number): string =>
  screenRedFlags({ text, ...(age === undefined ? {} : { age }) }).notice?.tier ?? 'none';

describe('heart-attack signs in lay words', () => {
  it('a chest that feels tight at rest, cold and clammy, is an emergency', () => {
    expect(tier('My chest feels heavy sitting here and I went cold and clammy')).toBe('emergency');
    expect(tier('Chest pain since lunch, like someone sitting on my chest, and I am about to be sick')).toBe(
      'emergency',
    );
  });
  it('denied, it is not', () => {
    expect(flags('No heavy feeling in my chest, not clammy, not sick to my stomach')).toEqual([]);
  });
  it('chest day soreness and hot-yoga sweat are ordinary', () => {
    expect(tier('Chest feels tight after chest day and I was dripping with sweat at hot yoga')).toBe('none');
  });
});

describe('stroke signs in lay words', () => {
  it('a wonky smile, speech gone funny or one side gone weak is an emergency', () => {
    expect(flags('her smile went wonky at breakfast')).toContain('face-droop');
    expect(flags('his speech went funny an hour ago')).toContain('speech-difficulty');
    expect(flags('right side went weak in the kitchen')).toContain('sudden-arm-weakness');
  });
  it('denied or someone else, it is not', () => {
    expect(flags('no wonky smile and her speech is normal')).toEqual([]);
  });
  it('a lopsided face from the dentist or Botox is not a stroke', () => {
    expect(flags('smile a bit wonky since the dentist numbed me')).not.toContain('face-droop');
    expect(flags('face went wonky after the botox top-up')).not.toContain('face-droop');
  });
});

describe('thunderclap headache in lay words', () => {
  it('something bursting in the head is an emergency', () => {
    expect(flags('felt something burst in my head while lifting')).toContain('thunderclap-headache');
  });
  it('brain freeze from ice cream is not', () => {
    expect(flags('sudden splitting headache from brain freeze eating ice cream')).not.toContain(
      'thunderclap-headache',
    );
  });
});

describe('cauda equina signs in lay words', () => {
  it('numb down there, wiping feels different or wearing pads is urgent', () => {
    expect(flags('Numb down there since Tuesday')).toContain('saddle-numbness');
    expect(flags('wiping feels different on the left')).toContain('saddle-numbness');
    expect(flags('started wearing pads because I keep leaking urine')).toContain('bladder-bowel-change');
  });
  it('denied, it is not', () => {
    expect(flags('not numb down there and no leaking urine')).toEqual([]);
  });
  it('leaks on sneezing, a saddle sore or a numb perineum after childbirth are ordinary', () => {
    expect(flags('a little leaking urine when I sneeze or on the trampoline')).toEqual([]);
    expect(flags('numb down there after giving birth')).toEqual([]);
  });
});

describe('clot signs in lay words', () => {
  it('one calf puffed up and throbbing is urgent', () => {
    expect(flags('left leg puffed up and throbbing since Friday')).toContain('calf-swelling');
    expect(flags('had clots on my lungs in 2020')).toContain('prior-dvt');
  });
  it('a bee sting on the calf or clotted cream is not', () => {
    expect(flags('calf swelled up after a bee sting')).not.toContain('calf-swelling');
    expect(flags('had clotted cream at the tea shop')).not.toContain('prior-dvt');
  });
  it('a flight of stairs is no flight', () => {
    expect(flags('long haul flight back from Thailand')).toContain('recent-travel');
    expect(flags('knee aches on a flight of stairs')).not.toContain('recent-travel');
  });
});

describe('spinal red flags in lay words', () => {
  it('weight falling off, back pain that stops sleep and a tumble are flagged', () => {
    expect(flags('trousers falling down, lost weight without meaning to')).toContain(
      'unexplained-weight-loss',
    );
    expect(flags('back pain keeps waking me, no relief at night')).toContain('constant-night-pain');
    expect(flags('took a tumble on the ice on Monday')).toContain('recent-trauma');
  });
  it('fasting weight loss, a baby waking us and falling out with a friend are not', () => {
    expect(flags('lost weight without meaning to over Ramadan fasting')).toEqual([]);
    expect(flags('the baby wakes me every night')).toEqual([]);
    expect(flags('fell out with my sister last week')).toEqual([]);
  });
});

describe('medicines and conditions by brand and misspelling', () => {
  it('brand names and misspellings of blood thinners, steroids and bone drugs count', () => {
    expect(flags('takes a baby aspirin and Xeralto')).toContain('anticoagulants');
    expect(flags('on pred for my PMR, carries a steroid card')).toContain('long-term-steroids');
    expect(flags('weekly alendronic acid for osteoporsis')).toContain('osteoporosis');
    expect(flags('on Humira for Crohns')).toContain('immunosuppression');
  });
  it('paint thinners, a steroid inhaler and a hair transplant do not', () => {
    expect(flags('uses paint thinner at work')).not.toContain('anticoagulants');
    expect(flags('steroid inhaler twice a day for asthma')).not.toContain('long-term-steroids');
    expect(flags('had a hair transplant in Turkey')).not.toContain('immunosuppression');
  });
});

describe('pregnancy and surgery in lay words', () => {
  it('a midwife booking scan and stitches still in count', () => {
    expect(flags('just had my 12 week scan')).toContain('pregnancy');
    expect(flags('stitches still in from the knee op')).toContain('recent-surgery');
  });
  it('another woman pregnant, the GP surgery and a wisdom tooth out do not', () => {
    expect(flags('my sister is pregnant with twins')).not.toContain('pregnancy');
    expect(flags('the surgery rang about my bloods')).not.toContain('recent-surgery');
  });
});

describe('giant cell arteritis signs in lay words', () => {
  it('a jaw that cramps when eating and a bruised scalp over 50 are urgent', () => {
    expect(tier('Aged 70, new headache at my temple, jaw cramps when I eat, scalp feels bruised', 70)).toBe(
      'urgent',
    );
  });
  it('a clenched jaw or a tight ponytail is not', () => {
    expect(flags('jaw cramps when I eat because I clench at night')).not.toContain('jaw-claudication');
    expect(flags('scalp feels bruised from a tight ponytail')).not.toContain('scalp-tenderness');
  });
});

describe('retention is not the denial of a leak', () => {
  it('"not peed myself" denies incontinence; "not peed since this morning" is retention', () => {
    expect(screenRedFlags({ text: 'I have not peed myself.' }).findings.map((f) => f.id)).not.toContain(
      'bladder-bowel-change',
    );
    expect(
      screenRedFlags({ text: 'Back pain and I have not peed since this morning.' }).findings.map((f) => f.id),
    ).toContain('bladder-bowel-change');
  });
});

describe('a stroke sign that came and went still counts (a possible TIA)', () => {
  const ids = (text: string): string[] => screenRedFlags({ text }).findings.map((f) => f.id);
  it('is flagged when said to have passed', () => {
    expect(ids('Slurred speech this morning that went away after ten minutes.')).toContain(
      'speech-difficulty',
    );
    expect(ids('One side of his face drooped at lunch, gone now.')).toContain('face-droop');
  });
  it('is still ruled out when denied, and passing does not revive other signs', () => {
    expect(ids('No slurred speech.')).not.toContain('speech-difficulty');
    expect(ids('The crick in my neck went away.')).toEqual([]);
  });
});

describe('retired blind 7 classes: signs in lay words, and their look-alikes', () => {
  const ids = (text: string): string[] => screenRedFlags({ text }).findings.map((f) => f.id);
  it.each([
    ['Since breakfast he cannot get the words out and his tongue feels heavy.', 'speech-difficulty'],
    ['Twice this week my legs just went from under me, no blackout.', 'drop-attacks'],
    ['My back aches all night whatever way I lie.', 'constant-night-pain'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
  it.each([
    'Numb backside after a long film at the cinema.',
    'Wobbly on the stairs the morning after leg day at the gym.',
    'The report is due in March; my shoulders are tight from it.',
  ])('%s raises nothing', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('a pain that eases when a desk-bound activity stops is posture, not exertion', () => {
  const tier = (text: string): string => screenRedFlags({ text }).notice?.tier ?? 'none';
  it('raises nothing for the neck easing away from the keyboard', () => {
    expect(tier('The ache in my neck goes off when I stop gaming on the computer.')).toBe('none');
  });
  it('still stops the work for a jaw that aches on a brisk walk and goes off when resting', () => {
    expect(tier('My jaw aches on a brisk walk and goes off when I stop.')).toBe('emergency');
  });
});

// Sentences written for these tests after the look at blind 10 (4 December 2026): lay wordings of five signs
// and four look-alikes, each with a sentence where the sign must still count.
describe('more lay wordings of urgent and referral signs', () => {
  it('the toilet seat not felt, a weakness worse by the day, both feet tingling with heavy legs', () => {
    expect(flags("sitting down I couldn't feel the toilet seat under me")).toContain('saddle-numbness');
    expect(flags('the weakness in my right arm has got worse each day')).toContain('progressive-weakness');
    expect(flags('pins and needles in both feet since this morning')).toContain('bilateral-leg-symptoms');
  });
  it('night pain no lying position eases', () => {
    expect(flags("the ache in my hip stays all night and it doesn't matter how I lie")).toContain(
      'constant-night-pain',
    );
  });
  it('a face gone numb after a neck manipulation is a cervical arterial sign', () => {
    expect(tier('my chin and lips went numb after my neck was adjusted yesterday')).toBe('urgent');
  });
});

describe('more look-alikes, and the sign beside them', () => {
  it('"crushing it" is doing well; a crushing pain in the same sentence still counts', () => {
    expect(
      screenRedFlags({
        text: 'Been crushing it on the rowing machine, chest muscles sore',
        drawing: [{ region: 'r.pectoral' }],
      }).notice,
    ).toBeUndefined();
    expect(tier('crushing it on the rower until a crushing pain in my chest made me stop')).toBe('emergency');
  });
  it('a cold sweat at a scary film with a chest ache still counts (no film or cream guard words)', () => {
    expect(tier('chest ache and a cold sweat came on during a horror film and would not settle')).toBe(
      'emergency',
    );
  });
});

describe('both legs weak is the cauda equina picture, not a stroke sign; a weak arm beside it still is', () => {
  it('both legs gone weak is urgent, an arm gone suddenly weak beside tingling legs an emergency', () => {
    expect(tier('both of my legs went weak and wobbly with the sciatica')).toBe('urgent');
    expect(tier('my right arm suddenly went weak and both legs are tingling')).toBe('emergency');
  });
});

describe('said to be all right: ruled out, but a stroke or cardiac episode that passed still counts', () => {
  const present = (text: string): string[] => [
    ...resolveEvidence(text).activities,
    ...resolveEvidence(text).movements.map((m) => m.id),
    ...resolveEvidence(text).redFlags,
  ];
  it('"is okay", "has been fine", "doesn\'t hurt", "not that I know of" rule a finding out', () => {
    expect(present('turning to the left is okay, to the right it catches')).not.toContain('trunk.rotation');
    expect(present('Osteoporosis? Not that I know of.')).not.toContain('osteoporosis');
  });
  it('a slurred word or a droop that "is fine now" may have been a TIA', () => {
    expect(tier('my words came out slurred at lunch and that is okay now')).toBe('emergency');
    expect(tier('my arm went suddenly weak at breakfast and has been fine')).toBe('emergency');
  });
});

describe('what goes on after a dated event, and numbness creeping further', () => {
  it('a medicine started at a dated event and taken since is current', () => {
    expect(flags('Had a heart valve replaced in 2018 and has been on warfarin ever since')).toContain(
      'anticoagulants',
    );
  });
  it('numbness creeping further is a spreading deficit', () => {
    expect(flags('if anything the numbness is creeping further up my shin')).toContain(
      'progressive-weakness',
    );
  });
});

// Sentences written for these tests after a review reproduced under-triage in the first version of the
// changes above (4 December 2026): each must keep its tier.
describe('what the review found, kept fixed', () => {
  it('"doesn\'t hurt" after a sign does not deny it (stroke and clot signs are often painless)', () => {
    expect(tier('my leg went suddenly weak it does not hurt at all')).toBe('emergency');
  });
  it('"is fine" speaks of its own subject only, never of a sign', () => {
    expect(tier('both legs numb and tingly my neck is fine')).toBe('urgent');
    expect(tier('lost two stone without trying eating is fine')).toBe('refer');
  });
  it("the writer turning to themselves ends a relative's context", () => {
    expect(tier('my nan gave me a lift because my face drooped on one side')).toBe('emergency');
  });
  it('an age phrase after a sign in a note does not make it past', () => {
    expect(tier('saddle numbness in a woman in her twenties after lifting')).toBe('urgent');
  });
  it('"not that I know of" mid-sentence is no answer', () => {
    expect(tier('bladder leaking not that I know of any reason')).toBe('urgent');
  });
  it('a cracked neck is the neck of the cervical arterial rule, not neck pain for the cardiac rule', () => {
    expect(tier('cracked my neck at the gym and felt sick after the workout')).not.toBe('emergency');
    expect(tier('double vision since my neck was adjusted')).toBe('urgent');
  });
});

describe('second review, kept fixed', () => {
  it('an onset said and then "is okay now" still lets a loose arm wording count (a warning stroke)', () => {
    expect(tier('my left arm went dead suddenly it is okay now')).toBe('emergency');
  });
  it('"not that I\'m aware of" reaches no complaint after it', () => {
    expect(tier("not that I'm aware of my words have been coming out slurred")).toBe('emergency');
  });
  it('a function said to be fine is ruled out ("bladder control is fine")', () => {
    expect(tier('bowel control is fine')).toBe('none');
  });
});

// Sentences written for these tests after the look at blind 11 (4 December 2026).
describe('after blind 11: lay wordings and look-alikes', () => {
  it('a droopy face, a drink dribbling from the mouth corner, a blurry patch, "chess pain", a knee like a balloon', () => {
    expect(flags('my wife says my face went droopy on the right at dinner')).toContain('face-droop');
    expect(flags('my coffee dribbled out the corner of my mouth this morning')).toContain('face-droop');
    expect(flags('a blurry patch in my left eye for ten minutes')).toContain('visual-change');
    expect(tier('out of breath with a heavy chess pain while sitting down')).toBe('emergency');
    expect(flags('my ankle blew up like a balloon overnight')).toContain('hot-swollen-joint');
  });
  it('a stripped vein that never came back is ordinary', () => {
    expect(tier('varicose vein stripped in 2010 and it never came back')).toBe('none');
  });
  it('pain at a place said to be fine now still counts for the cardiac rule', () => {
    expect(tier('went clammy and the chest pain is fine now')).toBe('emergency');
  });
});

// Sentences written after a third review of the changes above (4 December 2026): each keeps its tier.
describe('third review, kept fixed', () => {
  it('no guard word of a look-alike hides a real sign in the same sentence', () => {
    expect(tier('Brought in by my son (sudden weakness in my right leg and my smile has dropped)')).toBe(
      'emergency',
    );
    expect(tier('I never get travel sick but on the bus I came out in a cold sweat with chest pain')).toBe(
      'emergency',
    );
    expect(tier('keen footballer, my right calf is swollen and warm since the long flight home')).toBe(
      'urgent',
    );
    expect(tier('nothing like my usual headaches, the worst headache of my life')).toBe('emergency');
  });
  it('all right only under a condition, or a companion that passed, still counts', () => {
    expect(tier('the double vision is fine when I cover one eye, neck aching')).toBe('urgent');
    expect(tier('the cold sweat is okay now but the chest pain is still there since the flight')).toBe(
      'emergency',
    );
  });
  it('the new wordings need their own words: posture, sleep drooling, a smudge, a bloated belly are ordinary', () => {
    expect(tier('my left shoulder looks droopy, bad posture at the desk')).toBe('none');
    expect(tier('I drool out of the corner of my mouth when asleep, stiff neck')).toBe('none');
    expect(tier('a blurry patch on my glasses from a scratch, headaches from squinting')).toBe('none');
    expect(tier('my belly comes up like a balloon after bread, low back ache')).toBe('none');
    expect(tier('not as far as I know any slurred words')).toBe('none');
  });
});

// Sentences written after a fourth review (4 December 2026): each keeps its tier.
describe('fourth review, kept fixed', () => {
  it('no tiredness, age or night-shift guard hides a droop; no tattoo guard hides a hot joint', () => {
    expect(tier('lopsided smile since breakfast and I put it down to tiredness')).toBe('emergency');
    expect(tier('my face drooped on one side during my night shift')).toBe('emergency');
    expect(tier('my ankle is hot and swollen and red since a tattoo on my shin')).toBe('refer');
  });
  it('a companion that passed long ago, with no pain beside it, is no cardiac sign', () => {
    expect(tier('Felt sick with a tummy bug on Sunday, gone now. Upper back stiff from decorating.')).toBe(
      'none',
    );
  });
  it('"is fine unless I get ..." keeps the condition', () => {
    expect(tier('cycling is fine unless I get double vision')).toBe('none');
  });
});
