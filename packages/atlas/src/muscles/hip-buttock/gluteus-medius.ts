import { defineMuscle } from '../define-muscle.ts';

/** Gluteus medius: the pelvic stabiliser below the iliac crest; the leading muscular cause of low back and buttock pain. */
export const gluteusMedius = defineMuscle({
  id: 'gluteus-medius',
  name: 'Gluteus medius',
  aliases: ['glute med', 'middle gluteal muscle'],
  area: 'hip-buttock',
  paired: true,
  identifiers: {
    tableName: 'gluteus medius',
    uberon: 'UBERON:0001371',
    fma: 'FMA:22315',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'moves the thigh out to the side',
    'keeps the pelvis level when standing on one leg and in every step',
    'front fibres turn the thigh inward; back fibres help turn it outward',
  ],
  restricts: ['hip.adduction', 'single_leg_stance', 'walking', 'rolling_in_bed'],
  painfulOn: ['hip.abduction', 'single_leg_stance', 'walking'],
  perpetuatedBy: [
    'standing-on-one-leg',
    'leg-length-difference',
    'morton-foot',
    'running',
    'running-on-camber',
    'walking-on-sand',
    'sitting-on-wallet',
    'sitting-cross-legged',
    'sleeping-on-side',
    'carrying-child',
  ],
  symptoms: ['sleep-disturbance', 'limping', 'painful-sitting'],
  entrapments: [],
  palpation: {
    position: 'client lying on the good side, lower knee bent, top leg straight and slightly behind',
    method: 'flat',
    howToFind:
      'work along a band just below the iliac crest, from the back near the sacroiliac joint to the front below the hip bone point; the muscle firms when the client lifts the top leg slightly',
  },
  treatment: {
    position: 'side-lying with a pillow between the knees',
    pressure: 'thumb or elbow pressure upward and inward against the underside of the iliac crest',
    expect: 'pain along the back of the crest, over the sacroiliac area and spreading into the buttock',
  },
  selfCare: {
    pressure:
      'stand with a ball between the wall and the spot just below the iliac crest, 30 to 90 seconds per spot',
    stretch:
      'standing, cross the sore leg behind the other and push the hips out toward the sore side; hold 30 seconds',
  },
  cautions: [],
  related: [
    'gluteus-minimus-anterior',
    'gluteus-minimus-posterior',
    'gluteus-maximus',
    'tensor-fasciae-latae',
    'piriformis',
    'quadratus-lumborum-superficial',
    'quadratus-lumborum-deep',
    'adductor-longus',
    'adductor-magnus',
  ],
  triggerPoints: [
    {
      id: 'gluteus-medius.posterior',
      label: 'TrP1',
      location: {
        region: 'upper-buttock',
        description: 'just below the back part of the iliac crest, close to the sacroiliac joint',
      },
      referral: [
        { region: 'iliac-crest', zone: 'essential', culprit: 'primary' },
        { region: 'sacroiliac', zone: 'essential', culprit: 'primary' },
        { region: 'sacrum', zone: 'essential', culprit: 'common' },
        { region: 'upper-buttock', zone: 'spillover', culprit: 'common' },
        { region: 'lumbar', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'gluteus-medius.middle',
      label: 'TrP2',
      location: { region: 'upper-buttock', description: 'below the middle of the iliac crest' },
      referral: [
        { region: 'mid-buttock', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-buttock', zone: 'essential', culprit: 'primary' },
        { region: 'upper-buttock', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-hip', zone: 'spillover', culprit: 'common' },
        { region: 'lateral-thigh', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'gluteus-medius.anterior',
      label: 'TrP3',
      location: {
        region: 'lateral-hip',
        description: 'below the front of the iliac crest, not far behind the hip bone point',
      },
      referral: [
        { region: 'iliac-crest', zone: 'essential', culprit: 'common' },
        { region: 'sacrum', zone: 'spillover', culprit: 'occasional' },
        { region: 'lumbar', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the least common of the three',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 8, Gluteus medius muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the gluteus medius muscle' },
    { work: 'davies-2013', locator: 'section on the gluteus medius' },
    { work: 'finando-2005', locator: 'section on the gluteus medius' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: low back pain' },
  ],
});
