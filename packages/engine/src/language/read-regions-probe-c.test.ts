import { describe, expect, it } from 'vitest';
import { resolveRegions } from '../resolve/resolve-regions.ts';

const regions = (text: string): string[] => [...resolveRegions(text).regions].sort();

// Classes of reading errors found on probe C (tuning data); the wording here is our own.

describe('probe C class: findings charted after places clear them ("clear", "neg for")', () => {
  it.each([
    // "clear" after a muscle examined and found free of trigger points
    ['R pec minor TTP, L pec minor clear', ['r.infraclavicular']],
    ['levator L clear; TTP L infraspinatus', ['l.infraspinous']],
    // "neg for" before the finding
    ['neg for TTP at the R lat epicondyle, R ECU TTP', ['r.dorsal-forearm-ulnar']],
    // a list joined by "and", or any list before "all clear", shares the finding
    ['hard palate and gums NAD, sore tongue', ['m.tongue']],
    ['masseters, temporalis, suboccipitals - all clear. L SCM TTP', ['l.lateral-neck']],
    // a finding of its own before the comma keeps that place
    [
      'R knee TTP, L knee NT',
      ['r.infrapatellar', 'r.lateral-knee', 'r.medial-knee', 'r.patella', 'r.popliteal', 'r.suprapatellar'],
    ],
    ['TTP L SIJ + sacrum, coccyx NT', ['l.sacroiliac', 'm.sacrum']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('probe C class: charting words are no place ("palp", "sternal div")', () => {
  it.each([
    ['L psoas on deep palp', ['l.groin']],
    ['L SCM clavicular div TTP', ['l.lateral-neck']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('probe C class: muscles and landmarks charted by their short forms', () => {
  it.each([
    ['L adductor pollicis tight', ['l.thumb-web']],
    ['R teres maj TrP', ['r.axilla']],
    ['teres min R', ['r.posterior-deltoid']],
    ['TTP at the L superior angle of the scapula', ['l.scapula-medial-border']],
    ['R tibialis ant TTP', ['r.shin']],
    ['ext carpi ulnaris L', ['l.dorsal-forearm-ulnar']],
    ['L ext digitorum communis', ['l.dorsal-forearm-radial']],
    ['R bicep fem, distal third', ['r.posterior-thigh']],
    ['sub occs R', ['r.suboccipital']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('probe C class: a hyphenated range of spinal levels is every level in it', () => {
  it.each([
    ['stiff and TTP T2-T7 L', ['l.mid-thoracic', 'l.upper-thoracic']],
    ['L thoracic paraspinals T3-6', ['l.mid-thoracic', 'l.upper-thoracic']],
    ['R T7-T11 TTP', ['r.lower-thoracic', 'r.mid-thoracic']],
    // levels that read alike stay one place; a height after a place stays a height
    ['R posterior neck C4-C6', ['r.posterior-neck']],
    ['R scapula med border, T2-6 level', ['r.scapula-medial-border']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('probe C class: a comma list of muscles on one part is a list, not one place said twice', () => {
  it.each([
    ['treated L upper trap, L levator scap', ['l.neck-angle', 'l.shoulder-top']],
    ['R glute min, glute med', ['r.lateral-buttock', 'r.upper-buttock']],
    // a narrower reading after the comma still merges
    ['L soleus, distal calf', ['l.lower-calf']],
    ['R hamstrings, biceps femoris', ['r.posterior-thigh']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('probe C class: a direction before two parts joined by a slash is the face of both', () => {
  it.each([
    ['referral into R lat hip/thigh', ['r.lateral-hip', 'r.lateral-thigh']],
    ['L volar wrist/hand', ['l.palm', 'l.volar-wrist']],
    // a part's own name ("low back") gives no direction to the next part
    [
      'R low back/buttock',
      [
        'r.iliac-crest',
        'r.lower-buttock',
        'r.lumbar',
        'r.gluteal-fold',
        'r.lateral-buttock',
        'r.mid-buttock',
        'r.upper-buttock',
      ].sort(),
    ],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});

describe('probe C class: the name of a service is no place', () => {
  it.each([
    ['seen by pelvic health physio, pain at the coccyx', ['m.coccyx']],
    ['pelvic health to review; L SIJ pain', ['l.sacroiliac']],
  ])('%s', (text, expected) => {
    expect(regions(text)).toEqual(expected);
  });
});
