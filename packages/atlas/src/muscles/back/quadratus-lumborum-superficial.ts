import { defineMuscle } from '../define-muscle.ts';

/** Quadratus lumborum, superficial (lateral) points: pain along the iliac crest and at the greater trochanter. */
export const quadratusLumborumSuperficial = defineMuscle({
  id: 'quadratus-lumborum-superficial',
  name: 'Quadratus lumborum, superficial (lateral) part',
  aliases: [
    'QL superficial',
    'lateral quadratus lumborum',
    'iliocostal fibres of quadratus lumborum',
    'hip hiker',
  ],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'quadratus lumborum',
    uberon: 'UBERON:0001220',
    fma: 'FMA:15569',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'hitches the hip up on its side and bends the trunk sideways',
    'anchors the twelfth rib when breathing in and helps forced breathing out and coughing',
    'together with the other side, steadies and extends the lumbar spine',
  ],
  restricts: [
    'trunk.lateral_flexion',
    'trunk.rotation',
    'trunk.flexion',
    'rolling_in_bed',
    'sit_to_stand',
    'coughing',
  ],
  painfulOn: ['trunk.lateral_flexion', 'rolling_in_bed', 'sit_to_stand', 'coughing'],
  perpetuatedBy: [
    'lifting-with-twist',
    'bending-forward',
    'gardening',
    'vacuuming',
    'leg-length-difference',
    'walking-on-sand',
    'running-on-camber',
    'sleeping-on-side',
    'prolonged-standing',
    'carrying-child',
  ],
  symptoms: ['sleep-disturbance'],
  entrapments: [],
  palpation: {
    position:
      'client lying on the opposite side over a small rolled towel at the waist, top leg behind the lower one and top arm overhead to open the space between rib and crest',
    method: 'flat',
    howToFind:
      'press in front of the long back muscles and below the twelfth rib or just above the iliac crest, directing the pressure inward toward the lumbar spine rather than straight down',
  },
  treatment: {
    position: 'side-lying over a bolster, top leg dropped behind to open the waist',
    pressure:
      'thumb or elbow pressure angled in toward the transverse processes just under the rib and just above the crest',
    expect:
      'a deep ache along the iliac crest or at the side of the hip; clients often recognise it as their low back pain',
  },
  selfCare: {
    pressure:
      'lie on the back with a ball in the waist just outside the back muscles, let the body weight sink onto it, 30 to 90 seconds',
    stretch:
      'stand, cross the leg of the tight side behind the other and reach the same arm overhead, bending away from it; hold 30 seconds',
  },
  cautions: ['kidney-area'],
  related: [
    'quadratus-lumborum-deep',
    'iliocostalis-lumborum',
    'longissimus-thoracis',
    'gluteus-medius',
    'gluteus-minimus-anterior',
    'gluteus-minimus-posterior',
    'psoas-major',
    'tensor-fasciae-latae',
    'external-oblique',
    'serratus-posterior-inferior',
    'latissimus-dorsi',
  ],
  triggerPoints: [
    {
      id: 'quadratus-lumborum-superficial.upper',
      label: 'TrP1',
      location: {
        region: 'lateral-back',
        description:
          'just below the twelfth rib, at the outer edge of the muscle outside the long back muscles',
      },
      referral: [
        { region: 'iliac-crest', zone: 'essential', culprit: 'primary' },
        { region: 'lumbar', zone: 'spillover', culprit: 'common' },
        { region: 'lower-abdomen', zone: 'spillover', culprit: 'occasional' },
        { region: 'groin', zone: 'spillover', culprit: 'occasional' },
        { region: 'genital', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain along the rim of the pelvis that may spread to the lower abdomen and groin; pain in the testicle and scrotum has also been reported, rarely',
    },
    {
      id: 'quadratus-lumborum-superficial.lower',
      label: 'TrP2',
      location: {
        region: 'iliac-crest',
        description: 'just above the back part of the iliac crest, at the outer edge of the muscle',
      },
      referral: [
        { region: 'greater-trochanter', zone: 'essential', culprit: 'common' },
        { region: 'lateral-hip', zone: 'spillover', culprit: 'common' },
        { region: 'lateral-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain at the outer hip can be mistaken for trochanteric bursitis; lying on that side may be unbearable',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 4, Quadratus lumborum muscle' },
    {
      work: 'travell-simons-1992',
      locator:
        'ch. 4, Quadratus lumborum muscle, referred pain: reports of spread to the groin, testicle and scrotum',
    },
    { work: 'donnelly-2019', locator: 'chapter on the quadratus lumborum muscle' },
    { work: 'davies-2013', locator: 'section on quadratus lumborum' },
    { work: 'finando-2005', locator: 'section on quadratus lumborum' },
    {
      work: 'travell-simons-1992',
      locator: 'Part 2 (hip, thigh and knee) pain guide: lateral thigh and hip pain',
    },
  ],
});
