import { defineMuscle } from '../define-muscle.ts';

/** Biceps femoris: the outer hamstring; pain concentrated behind the knee. */
export const bicepsFemoris = defineMuscle({
  id: 'biceps-femoris',
  name: 'Biceps femoris',
  aliases: ['lateral hamstring', 'outer hamstring'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'biceps femoris',
    uberon: 'UBERON:0001374',
    fma: 'FMA:22356',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the knee and turns the shin outward', 'the long head extends the hip'],
  restricts: ['hip.flexion', 'knee.extension', 'trunk.flexion'],
  painfulOn: ['knee.flexion', 'hip.extension', 'walking'],
  perpetuatedBy: [
    'chair-too-high',
    'prolonged-sitting',
    'driving-long',
    'sprinting',
    'kicking',
    'running',
    'cycling',
  ],
  symptoms: ['painful-sitting', 'sleep-disturbance', 'limping'],
  entrapments: [],
  palpation: {
    position: 'client lying face down with a pillow under the ankles so the knee is slightly bent',
    method: 'flat-or-pincer',
    howToFind:
      'follow the outer hamstring from the sit bone to its tendon behind the outer knee; the points lie in the lower half of the outer back of the thigh and just above the knee beside the tendon',
  },
  treatment: {
    position: 'prone with the knee slightly bent on a pillow',
    pressure: 'flat pressure toward the bone or pincer grip of the outer hamstring; slow stripping upward',
    expect: 'an ache behind the knee, sometimes up the back of the thigh',
  },
  selfCare: {
    pressure: 'sit on a firm chair with a ball under the outer back of the thigh, 30 to 90 seconds',
    stretch:
      'lying on the back, raise the straight leg with a strap and let it drift slightly inward across the body; hold 30 seconds',
  },
  cautions: ['sciatic-nerve', 'common-fibular-nerve', 'popliteal-vessels'],
  related: [
    'semitendinosus',
    'semimembranosus',
    'vastus-lateralis',
    'gluteus-maximus',
    'gluteus-minimus-posterior',
    'adductor-magnus',
    'popliteus',
    'gastrocnemius-lateral',
    'rectus-femoris',
  ],
  triggerPoints: [
    {
      id: 'biceps-femoris.long-head',
      label: 'TrP1',
      location: {
        region: 'posterior-thigh',
        description: 'in the lower half of the outer back of the thigh',
      },
      referral: [
        { region: 'popliteal', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-thigh', zone: 'spillover', culprit: 'primary' },
        { region: 'gluteal-fold', zone: 'spillover', culprit: 'occasional' },
        { region: 'upper-calf', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain behind the knee, often worse when walking and at night',
    },
    {
      id: 'biceps-femoris.short-head',
      label: 'TrP2',
      location: {
        region: 'posterior-thigh',
        description: 'just above the outer back of the knee, beside the tendon',
      },
      referral: [
        { region: 'popliteal', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-knee', zone: 'spillover', culprit: 'occasional' },
        { region: 'upper-calf', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the hamstring muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the hamstring muscles' },
    { work: 'davies-2013', locator: 'section on the hamstrings' },
    { work: 'finando-2005', locator: 'section on the hamstrings' },
  ],
});
