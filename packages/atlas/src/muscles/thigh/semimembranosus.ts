import { defineMuscle } from '../define-muscle.ts';

/** Semimembranosus: the deep inner hamstring; pain at the lower buttock and buttock crease. */
export const semimembranosus = defineMuscle({
  id: 'semimembranosus',
  name: 'Semimembranosus',
  aliases: ['medial hamstring', 'deep inner hamstring'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'semimembranosus',
    uberon: 'UBERON:0001381',
    fma: 'FMA:22438',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the knee and turns the shin inward', 'extends the hip'],
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
    position: 'client lying face down with a pillow under the ankles',
    method: 'flat-or-pincer',
    howToFind:
      'on the inner back of the thigh, press on either side of the semitendinosus tendon in the lower half of the thigh; the broad semimembranosus lies under and beside it',
  },
  treatment: {
    position: 'prone with the knee slightly bent on a pillow',
    pressure:
      'flat pressure toward the bone, working either side of the semitendinosus; slow stripping upward',
    expect:
      'an ache in the lower buttock and buttock crease, sometimes down the back of the thigh to the knee',
  },
  selfCare: {
    pressure:
      'sit on a firm chair with a ball under the inner back of the thigh, just above the knee, 30 to 90 seconds',
    stretch:
      'lying on the back, raise the straight leg with a strap and let it drift slightly outward; hold 30 seconds',
  },
  cautions: ['sciatic-nerve', 'popliteal-vessels'],
  related: [
    'semitendinosus',
    'biceps-femoris',
    'adductor-magnus',
    'gracilis',
    'gluteus-maximus',
    'popliteus',
    'gastrocnemius-medial',
  ],
  triggerPoints: [
    {
      id: 'semimembranosus.lower',
      label: 'TrP1',
      location: {
        region: 'posterior-thigh',
        description: 'in the lower half of the inner back of the thigh, deep and beside the semitendinosus',
      },
      referral: [
        { region: 'lower-buttock', zone: 'essential', culprit: 'common' },
        { region: 'gluteal-fold', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-thigh', zone: 'spillover', culprit: 'primary' },
        { region: 'popliteal', zone: 'spillover', culprit: 'common' },
        { region: 'medial-knee', zone: 'spillover', culprit: 'occasional' },
        { region: 'upper-calf', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the hamstring muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the hamstring muscles' },
    { work: 'davies-2013', locator: 'section on the hamstrings' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: calf pain' },
  ],
});
