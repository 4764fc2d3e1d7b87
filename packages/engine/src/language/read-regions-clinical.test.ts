import { describe, expect, it } from 'vitest';
import { resolveRegions } from '../resolve/resolve-regions.ts';

const regions = (text: string): string[] => [...resolveRegions(text).regions].sort();

/** Each phrase reads as exactly these regions. */
const readsAs = (cases: readonly (readonly [string, readonly string[]])[]): void =>
  it.each(cases)('%s', (text, expected) => {
    expect(regions(text)).toEqual([...expected].sort());
  });

describe('language layer: tooth numbers as dental notes chart them', () => {
  it.each([
    // universal numbering (#1 upper right third molar ... #32 lower right third molar)
    ['#14 sore on chewing', ['l.upper-molars']],
    ['#28 and #29 sensitive', ['r.lower-premolars']],
    ['#24 chipped', ['m.lower-incisors']],
    // FDI two-digit notation
    ['tooth 47 aching', ['r.lower-molars']],
    ['tooth 15 sensitive', ['r.upper-premolars']],
    // Palmer quadrant notation, with and without a tooth number
    ['LL7 throbbing', ['l.lower-molars']],
    ['UR4 tender', ['r.upper-premolars']],
    ['pain in the LR molars', ['r.lower-molars']],
    // a bare number is no tooth
    [
      'pain for 3 weeks in the R knee, 14 days worse',
      ['r.infrapatellar', 'r.lateral-knee', 'r.medial-knee', 'r.patella', 'r.popliteal', 'r.suprapatellar'],
    ],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('language layer: coordinated directions share the part after them', () => {
  it.each([
    ['anterior and medial thigh R', ['r.anterior-thigh', 'r.medial-thigh']],
    ['ant/post delts L', ['l.anterior-deltoid', 'l.posterior-deltoid']],
    // an abbreviation point before a joiner ends no sentence, so the side reaches both
    ['med. & lat. epicondyles R', ['r.lateral-epicondyle', 'r.medial-epicondyle']],
    ['dorsal & volar wrist L', ['l.dorsal-wrist', 'l.volar-wrist']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('language layer: a finding charted after its place clears that place only', () => {
  it.each([
    ['hip NAD; tender over the R ASIS', ['r.groin']],
    ['L shoulder NT, pain is in the L upper arm, lateral', ['l.lateral-upper-arm']],
    ['R calf non-tender, R Achilles TTP', ['r.achilles']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('language layer: charting abbreviations and landmarks name their place', () => {
  it.each([
    ['stiffness in the post. cx, R', ['r.posterior-neck']],
    ['R LS TrP', ['r.neck-angle']],
    ['bruising at the L ACF after bloods', ['l.antecubital']],
    ['swelling over Lister’s tubercle R', ['r.dorsal-wrist']],
    ['L tibial tubercle tender, adolescent', ['l.infrapatellar']],
    ['pain at the sinus tarsi L', ['l.lateral-ankle']],
    ['R CVA tenderness on percussion', ['r.lower-thoracic']],
    ['gingivae inflamed', ['m.gums']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('clinical notes: which fibres of a muscle, sound-alikes after a direction', () => {
  it.each([
    ['R glute max, upper fibres', ['r.upper-buttock']],
    ['L SCM clavicular division', ['l.lateral-neck']],
    ['posterior heal, L', ['l.posterior-heel']],
  ])('%s', (text, expected) => {
    expect([...resolveRegions(text).regions].sort()).toEqual([...expected].sort());
  });
});

describe('clinical notes: the leg is the lower leg, short forms before "@", serratus, subclavicular', () => {
  readsAs([
    ['R med leg', ['r.medial-leg']],
    ['L serratus ant. @ 6th rib', ['l.lateral-chest', 'l.lower-ribs']],
    ['R subclavicular region', ['r.infraclavicular']],
    ['L mandibular body', ['l.mandible']],
  ]);
});

describe('clinical notes: the femoral condyles are knee landmarks', () => {
  readsAs([
    ['lat fem condyle, R', ['r.lateral-knee']],
    ['tender L medial femoral condyle', ['l.medial-knee']],
  ]);
});

describe('clinical class: landmarks as notes chart them (blind 10 classes, our wording)', () => {
  readsAs([
    ['TTP R sup angle scap', ['r.scapula-medial-border']],
    ['L inf pole of patella tender', ['l.infrapatellar']],
    ['R superior pole of patella', ['r.suprapatellar']],
    ['TTP at the inion', ['l.occiput', 'r.occiput']],
    ['TTP just at the xiphoid process', ['m.epigastric']],
    ['L scapular spine', ['l.infraspinous', 'l.supraspinous']],
    ['above the spine of the scapula R', ['r.supraspinous']],
    ['R base of fifth metatarsal', ['r.dorsal-foot']],
    ['lat border of the foot R', ['r.dorsal-foot']],
    ['L sacral sulcus TTP', ['l.sacroiliac']],
    ['tender at McBurney point', ['r.lower-abdomen']],
  ]);
});

describe('clinical class: places each with its own side word are a list, not one place said twice', () => {
  readsAs([
    ['L post neck, L suboccipital', ['l.posterior-neck', 'l.suboccipital']],
    [
      'bilat UT, bilat suboccipital',
      ['l.shoulder-top', 'l.suboccipital', 'r.shoulder-top', 'r.suboccipital'],
    ],
    // not: a second place with no side of its own still narrows the first
    ['L soleus, distal calf', ['l.lower-calf']],
  ]);
});

describe('clinical class: a mouth opening measured in fingers paints no fingers', () => {
  readsAs([
    ['R masseter TTP, trismus 3 fingers', ['r.jaw-angle']],
    ['L TMJ clicks, opening limited to 2 knuckles', ['l.tmj']],
    // not: fingers counted with no measure before them are a place
    [
      'pain radiates to 2 fingers on the right',
      ['r.index-finger', 'r.little-finger', 'r.middle-finger', 'r.ring-finger', 'r.thumb'],
    ],
  ]);
});

describe('clinical class: a motion segment written with a slash is one place at its levels', () => {
  readsAs([
    ['C6/7 paraspinals L, TTP', ['l.posterior-neck']],
    ['L3/4 erectors R', ['r.lumbar']],
    // the same levels with a hyphen read the same
    ['C6-7 paraspinals L', ['l.posterior-neck']],
  ]);
});

describe('clinical class: a side written before a range word carries along the referral path', () => {
  readsAs([
    ['upper trap L radiating to the temple', ['l.shoulder-top', 'l.temple']],
    [
      'lat epicondyle R radiating to dorsal forearm',
      ['r.dorsal-forearm-radial', 'r.dorsal-forearm-ulnar', 'r.lateral-epicondyle'],
    ],
  ]);
});

describe('clinical class: "global" and "exam" are words, not the tongue or the ear canal', () => {
  readsAs([
    ['pelvic floor tension, global', ['m.bladder', 'm.genital', 'm.perineum', 'm.rectal']],
    ['R TMJ tender on exam', ['r.tmj']],
  ]);
});

describe('clinical class: the source after "referred from" is not painted, unless a path follows', () => {
  readsAs([
    ['L temple ache, ?referred from upper trap', ['l.temple']],
    ['R lower molars TTP, ref from masseter', ['r.lower-molars']],
    // a path: where it spreads is written after the source, so both are places
    ['referred from R hip into R groin', ['r.greater-trochanter', 'r.groin', 'r.lateral-hip']],
  ]);
});
