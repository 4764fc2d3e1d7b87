import { defineMuscle } from '../define-muscle.ts';

/** Supraspinatus: a deep ache in the outer shoulder that can run down the arm and settle at the outer elbow. */
export const supraspinatus = defineMuscle({
  id: 'supraspinatus',
  name: 'Supraspinatus',
  aliases: ['supraspinatus muscle', 'rotator cuff (top)', 'supraspinatus tendon'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'supraspinatus',
    uberon: 'UBERON:0002383',
    fma: 'FMA:9629',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'starts lifting the arm out to the side and keeps working through the range',
    'holds the head of the arm bone in the shoulder socket',
  ],
  restricts: ['shoulder.abduction', 'shoulder.internal_rotation', 'shoulder.flexion'],
  painfulOn: ['shoulder.abduction'],
  perpetuatedBy: [
    'carrying-shoulder-bag',
    'lifting-heavy',
    'overhead-work',
    'throwing',
    'racquet-sports',
    'mouse-use',
    'no-armrests',
    'pushing-pulling',
  ],
  symptoms: ['crepitus', 'sleep-disturbance'],
  entrapments: [],
  palpation: {
    position:
      'client prone or seated, arm relaxed by the side or the hand resting behind the back to slacken the muscle',
    method: 'flat',
    howToFind:
      'press down through the upper trapezius into the hollow above the spine of the shoulder blade; for the tendon, reach behind the back with the hand and feel just below the front outer edge of the acromion',
  },
  treatment: {
    position: 'client prone with the arm by the side, or seated with the forearm resting on a pillow',
    pressure:
      'firm flat thumb or elbow pressure straight down into the bone of the fossa, angled slightly under the trapezius; gentle friction over the tendon',
    expect: 'a deep ache in the outer shoulder, sometimes running down the outer arm to the elbow',
  },
  selfCare: {
    pressure:
      'lean a ball in a sock against a wall over the top of the shoulder blade, or press with a hooked cane, 30 to 90 seconds',
    stretch:
      'put the hand behind the back and gently pull that wrist toward the opposite hip with the other hand; hold 30 seconds',
  },
  cautions: [],
  related: [
    'infraspinatus',
    'deltoid-middle',
    'upper-trapezius',
    'teres-minor',
    'subscapularis',
    'latissimus-dorsi',
    'supinator',
    'extensor-carpi-radialis-longus',
  ],
  triggerPoints: [
    {
      id: 'supraspinatus.medial-belly',
      label: 'TrP1',
      location: {
        region: 'supraspinous',
        description: 'deep in the fossa above the spine of the shoulder blade, toward its inner end',
      },
      referral: [
        { region: 'middle-deltoid', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-epicondyle', zone: 'essential', culprit: 'common' },
        { region: 'lateral-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'common' },
        { region: 'supraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the ache can concentrate at the outer elbow and be taken for tennis elbow',
    },
    {
      id: 'supraspinatus.lateral-belly',
      label: 'TrP2',
      location: {
        region: 'supraspinous',
        description:
          'deep in the outer part of the fossa, just inside the angle between the collarbone and the spine of the shoulder blade',
      },
      referral: [
        { region: 'middle-deltoid', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-upper-arm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'supraspinatus.tendon',
      label: 'TrP3',
      location: {
        region: 'acromion',
        description:
          'at the tendon, just below the front outer edge of the acromion over the top of the arm bone',
      },
      referral: [{ region: 'middle-deltoid', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'felt as a deep, local soreness in the outer shoulder',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 21, Supraspinatus muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the supraspinatus muscle' },
    { work: 'davies-2013', locator: 'supraspinatus section' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain' },
  ],
});
