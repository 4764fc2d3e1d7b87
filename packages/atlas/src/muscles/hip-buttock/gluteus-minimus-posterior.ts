import { defineMuscle } from '../define-muscle.ts';

/** Gluteus minimus, back part: refers down the back of the thigh into the calf, mimicking S1 sciatica. */
export const gluteusMinimusPosterior = defineMuscle({
  id: 'gluteus-minimus-posterior',
  name: 'Gluteus minimus, posterior part',
  aliases: ['posterior gluteus minimus', 'glute min, back fibres'],
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
    'may help turn the thigh outward',
  ],
  restricts: ['hip.adduction', 'walking', 'sit_to_stand', 'rolling_in_bed'],
  painfulOn: ['hip.abduction', 'walking', 'single_leg_stance', 'sit_to_stand'],
  perpetuatedBy: [
    'standing-on-one-leg',
    'leg-length-difference',
    'running',
    'prolonged-sitting',
    'sitting-on-wallet',
    'sitting-cross-legged',
  ],
  symptoms: ['limping', 'sleep-disturbance', 'painful-sitting'],
  entrapments: [],
  palpation: {
    position: 'client lying on the good side, top hip bent about 30 degrees with a pillow between the knees',
    method: 'flat',
    howToFind:
      'find the line from the greater trochanter to the top of the sacrum (the upper edge of the piriformis); the points lie deep, just above this line, under the gluteus medius and maximus',
  },
  treatment: {
    position: 'side-lying on the good side',
    pressure:
      'slow, deep thumb or elbow pressure, sinking through the outer buttock muscles; ease off on nerve-like tingling',
    expect: 'pain in the buttock running down the back of the thigh and into the calf',
  },
  selfCare: {
    pressure:
      'lie on a tennis ball in the upper middle of the buttock, just above the piriformis line, 30 to 90 seconds',
    stretch:
      'lying on the back, pull the bent knee across the body toward the opposite shoulder; hold 30 seconds',
  },
  cautions: ['sciatic-nerve'],
  related: [
    'gluteus-minimus-anterior',
    'gluteus-medius',
    'gluteus-maximus',
    'piriformis',
    'semitendinosus',
    'biceps-femoris',
    'soleus',
    'gastrocnemius-medial',
  ],
  triggerPoints: [
    {
      id: 'gluteus-minimus-posterior.posterior-fibres',
      label: 'TrP1',
      location: {
        region: 'upper-buttock',
        description: 'deep in the back part of the muscle, along the upper edge of the piriformis',
      },
      referral: [
        { region: 'mid-buttock', zone: 'essential', culprit: 'common' },
        { region: 'lower-buttock', zone: 'essential', culprit: 'common' },
        { region: 'gluteal-fold', zone: 'essential', culprit: 'occasional' },
        { region: 'posterior-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'popliteal', zone: 'spillover', culprit: 'occasional' },
        { region: 'upper-calf', zone: 'essential', culprit: 'primary' },
        { region: 'lower-calf', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'can be mistaken for S1 sciatica',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 9, Gluteus minimus muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the gluteus minimus muscle' },
    { work: 'davies-2013', locator: 'section on the gluteus minimus' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: calf pain' },
  ],
});
