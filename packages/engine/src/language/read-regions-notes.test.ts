import { describe, expect, it } from 'vitest';
import { resolveRegions } from '../resolve/resolve-regions.ts';

const regions = (text: string): string[] => [...resolveRegions(text).regions].sort();

/** Each phrase reads as exactly these regions. */
const readsAs = (cases: readonly (readonly [string, readonly string[]])[]): void =>
  it.each(cases)('%s', (text, expected) => {
    expect(regions(text)).toEqual([...expected].sort());
  });

describe('language layer: a counted rib beside a place on the chest or back is only its height', () => {
  readsAs([
    // beside a bare chest or back the ribs are a place of their own
    [
      'cracked ribs 5-7 on the right, back pain',
      [
        'r.lateral-chest',
        'r.lower-ribs',
        'r.interscapular',
        'r.upper-thoracic',
        'r.mid-thoracic',
        'r.lower-thoracic',
        'r.lateral-back',
        'r.lumbar',
        'r.iliac-crest',
      ],
    ],
    ['serratus anterior R, ribs 4-6 in the midaxillary line', ['r.lateral-chest']],
    ['tender 3rd-5th ribs parasternally L', ['l.pectoral']],
    ['R intercostals 4-6, anterior axillary line', ['r.lateral-chest']],
    ['posterolateral ribs 8-9 R, lateral back', ['r.lateral-back']],
    // with no other place the ribs are the place
    ['ribs 8-9 on the left', ['l.lateral-chest', 'l.lower-ribs']],
  ]);
});

describe('language layer: beside the breastbone is the pectoral region on that side', () => {
  readsAs([
    ['parasternal pain, R', ['r.pectoral']],
    ['costochondral junction tender on the left', ['l.pectoral']],
  ]);
});

const KNEE_L = ['infrapatellar', 'lateral-knee', 'medial-knee', 'patella', 'popliteal', 'suprapatellar'].map(
  (k) => `l.${k}`,
);

describe('language layer: a place written as a heading before a colon heads the findings within it', () => {
  readsAs([
    ['R elbow: lat epicondyle TTP, med epicondyle NT', ['r.lateral-epicondyle']],
    ['L foot: 2nd and 3rd met heads sore', ['l.forefoot-sole']],
    // a place cleared after the heading leaves the heading painted, less the cleared place
    ['anterior neck: nil tenderness at the thyroid cartilage', ['m.anterior-neck']],
    ['Left knee: no pain at the kneecap', KNEE_L.filter((id) => id !== 'l.patella')],
    // no colon: two places
    [
      'R shoulder and ant deltoid',
      ['r.acromion', 'r.anterior-deltoid', 'r.middle-deltoid', 'r.posterior-deltoid'],
    ],
  ]);
});

describe('language layer: a direction cleared after a place is not added to it', () => {
  readsAs([
    ['R knee pain medially, not lateral', ['r.medial-knee']],
    ['ache at the L post. shoulder, not superior', ['l.posterior-deltoid']],
  ]);
});

describe('language layer: a note that leaves the side out reads both sides', () => {
  readsAs([
    [
      'hip pain, side not recorded',
      ['l.greater-trochanter', 'l.lateral-hip', 'r.greater-trochanter', 'r.lateral-hip'],
    ],
  ]);
});

describe('language layer: a muscle belly after the muscle, its side and a comma is still the muscle', () => {
  readsAs([['vastus lat R, mid-belly', ['r.lateral-thigh']]]);
});

describe('language layer: TTP (tender to palpation) is a finding, so a side after it still reaches the place', () => {
  readsAs([
    ['lateral elbow TTP R over the lat epicondyle', ['r.lateral-epicondyle']],
    ['medial knee TTP L at the pes anserine', ['l.medial-knee']],
  ]);
});

describe('language layer: muscles and fascia charted as places where notes put them', () => {
  readsAs([
    // the flexor and extensor groups of the forearm fill its front or back, both borders
    ['L forearm extensors tight', ['l.dorsal-forearm-radial', 'l.dorsal-forearm-ulnar']],
    ['forearm flexors, right', ['r.volar-forearm-radial', 'r.volar-forearm-ulnar']],
    // anconeus sits by the point of the elbow
    ['L anconeus TrP', ['l.olecranon']],
    // the plantar fascia runs from the heel along the arch; a level names one of them
    ['R plantar fascia tight', ['r.arch', 'r.plantar-heel']],
    ['plantar fascia L, proximal', ['l.plantar-heel']],
  ]);
});

describe('language layer: beside a spinous process is the paraspinal place at that level', () => {
  readsAs([
    ['3 FB lateral to the C5 spinous process, L', ['l.posterior-neck']],
    ['2 cm lat to the L4 SP on the right', ['r.lumbar']],
    ['just lateral to the T7 SP, R', ['r.mid-thoracic']],
  ]);
});

describe('language layer: distal/proximal to a landmark place it along the limb, the landmark is not painted', () => {
  readsAs([
    ['ECU L, 3 FB distal to the lat epicondyle', ['l.dorsal-forearm-ulnar']],
    ['pain just distal to the R knee', ['r.infrapatellar']],
  ]);
});

describe('language layer: the neck paraspinals and the upper cervical spine are the back of the neck', () => {
  readsAs([
    ['neck extensors R, tight', ['r.posterior-neck']],
    ['Cx paraspinals L', ['l.posterior-neck']],
    ['upper cervical stiffness, bilat', ['l.posterior-neck', 'r.posterior-neck']],
  ]);
});

describe("language layer: a muscle, a comma, then where on its part keeps the muscle's side of the part", () => {
  readsAs([
    ['FCU R, proximal volar forearm', ['r.volar-forearm-ulnar']],
    ['ECRL L, mid-forearm', ['l.dorsal-forearm-radial']],
    ['vastus med R, distal thigh', ['r.anteromedial-thigh']],
  ]);
});

describe('language layer: "ant knee" is the anterior knee, the kneecap', () => {
  readsAs([
    ['R ant. knee pain on stairs', ['r.patella']],
    ['ant knees bilat', ['l.patella', 'r.patella']],
  ]);
});

describe('language layer: direction adverbs after a place ("plantarly", "posteriorly") are directions', () => {
  readsAs([
    ['R met heads plantarly', ['r.forefoot-sole']],
    ['L heel, posteriorly', ['l.posterior-heel']],
    ['L knee pain posteriorly', ['l.popliteal']],
  ]);
});

describe('language layer: landmarks charted in notes', () => {
  readsAs([
    ['tender at L sciatic notch', ['l.mid-buttock']],
    ['R Guyon canal, paraesthesia', ['r.ulnar-wrist']],
    ['R inferior pubic ramus tender', ['r.groin']],
    ['L talar dome, post sprain', ['l.anterior-ankle']],
    ['R ankle: joint line tender', ['r.anterior-ankle']],
  ]);
});

describe('language layer: a range of spinal levels after "level"/"lvl" is the height of the place before it', () => {
  readsAs([
    ['med border scapula R, at the level of T4-T6', ['r.scapula-medial-border']],
    ['L rhomboids, lvl T2-T5', ['l.scapula-medial-border']],
  ]);
});

describe('language layer: a finding written before its place ("NT over", "non-tender at") clears it', () => {
  readsAs([
    ['NT over R ASIS; pain in the R groin', ['r.groin']],
    [
      'non-tender at the L SIJ, pain in L buttock',
      ['l.gluteal-fold', 'l.lateral-buttock', 'l.lower-buttock', 'l.mid-buttock', 'l.upper-buttock'],
    ],
  ]);
});

describe('language layer: a counted MTP other than the first is a lesser toe', () => {
  readsAs([
    ['R 3rd-5th MTPs', ['r.lesser-toes']],
    ['L 2nd MTP synovitis', ['l.lesser-toes']],
    ['R 1st MTP', ['r.big-toe']],
  ]);
});

describe('language layer: the heads of the gastrocnemius are the upper calf; other heads keep their muscle', () => {
  readsAs([
    ['L gastroc, lateral head', ['l.upper-calf']],
    ['gastrocs bilat, med heads tight', ['l.upper-calf', 'r.upper-calf']],
    ['R triceps, medial head', ['r.posterior-upper-arm']],
  ]);
});

describe('language layer: "sp" alone is "status post" as often as a spinous process, so it names no spine', () => {
  readsAs([['sp L TKR, knee swollen', KNEE_L]]);
});

describe("language layer: the triceps surae is the calf (gastrocnemius and soleus), not the arm's triceps", () => {
  readsAs([
    ['R triceps surae hypertonic', ['r.lower-calf', 'r.upper-calf']],
    [
      'triceps surae bilat, tight on stretch',
      ['l.lower-calf', 'l.upper-calf', 'r.lower-calf', 'r.upper-calf'],
    ],
    ['L triceps TTP', ['l.posterior-upper-arm']],
  ]);
});

describe('language layer: a place cleared inside a broader place of the same sentence is taken out of it', () => {
  readsAs([
    ['L knee sore but not at the kneecap', KNEE_L.filter((id) => id !== 'l.patella')],
    ['L knee TTP, NT over patella', KNEE_L.filter((id) => id !== 'l.patella')],
    // never a whole reading, and never across sentences
    ['left knee aches, left knee NAD on palpation', KNEE_L],
    ['L knee sore. Not the kneecap.', KNEE_L],
  ]);
});
