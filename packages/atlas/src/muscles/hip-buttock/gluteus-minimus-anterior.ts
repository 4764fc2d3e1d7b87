import { defineMuscle } from '../define-muscle.ts';

/** Gluteus minimus, front part: the "pseudo-sciatica" muscle, referring down the outside of the thigh and leg. */
export const gluteusMinimusAnterior = defineMuscle({
  id: 'gluteus-minimus-anterior',
  name: 'Gluteus minimus, anterior part',
  aliases: ['anterior gluteus minimus', 'glute min, front fibres'],
  area: 'hip-buttock',
  paired: true,
  identifiers: {
    tableName: 'gluteus minimus',
    uberon: 'UBERON:0008521',
    fma: 'FMA:22317',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'moves the thigh out to the side and helps keep the pelvis level in walking',
    'turns the thigh inward',
  ],
  restricts: ['hip.adduction', 'hip.external_rotation', 'walking', 'sit_to_stand', 'rolling_in_bed'],
  painfulOn: ['hip.abduction', 'walking', 'single_leg_stance', 'sit_to_stand'],
  perpetuatedBy: [
    'standing-on-one-leg',
    'leg-length-difference',
    'walking-on-sand',
    'running',
    'prolonged-sitting',
    'sitting-on-wallet',
    'immobilisation',
  ],
  symptoms: ['limping', 'sleep-disturbance'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back, or on the good side with a pillow between the knees',
    method: 'flat',
    howToFind:
      'find the front hip bone point and the greater trochanter; the points lie deep in the area between them, under the tensor fasciae latae and gluteus medius, and the muscle tightens when the client turns the thigh inward',
  },
  treatment: {
    position: 'supine or side-lying with the hip slightly bent',
    pressure: 'slow, deep thumb or elbow pressure straight down through the overlying muscles to the bone',
    expect: 'pain shooting down the outside of the thigh and leg that clients often call their "sciatica"',
  },
  selfCare: {
    pressure:
      "lean the side of the hip against a ball on the wall, a hand's width below the front of the iliac crest, 30 to 90 seconds",
    stretch:
      'sitting, rest the ankle of the sore leg on the other knee and lean gently forward; hold 30 seconds',
  },
  cautions: [],
  related: [
    'gluteus-minimus-posterior',
    'gluteus-medius',
    'tensor-fasciae-latae',
    'vastus-lateralis',
    'piriformis',
    'quadratus-lumborum-deep',
    'fibularis-longus',
  ],
  triggerPoints: [
    {
      id: 'gluteus-minimus-anterior.anterior-fibres',
      label: 'TrP1',
      location: {
        region: 'lateral-hip',
        description:
          'deep in the front part of the muscle, below the front of the iliac crest and above the greater trochanter',
      },
      referral: [
        { region: 'lateral-buttock', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-hip', zone: 'essential', culprit: 'primary' },
        { region: 'greater-trochanter', zone: 'spillover', culprit: 'primary' },
        { region: 'lateral-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-knee', zone: 'essential', culprit: 'occasional' },
        { region: 'lateral-leg', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-ankle', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'often mistaken for sciatica or a trapped L5 nerve root; the pain can be severe and constant',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 9, Gluteus minimus muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the gluteus minimus muscle' },
    { work: 'davies-2013', locator: 'section on the gluteus minimus' },
    { work: 'finando-2005', locator: 'section on the gluteus minimus' },
    {
      work: 'travell-simons-1992',
      locator: 'Part 2 (hip, thigh and knee) pain guide: lateral thigh and hip pain; outer-knee pain',
    },
  ],
});
