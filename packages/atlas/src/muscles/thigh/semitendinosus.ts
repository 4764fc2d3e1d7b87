import { defineMuscle } from '../define-muscle.ts';

/** Semitendinosus: inner hamstring; pain at the lower buttock and buttock crease. */
export const semitendinosus = defineMuscle({
  id: 'semitendinosus',
  name: 'Semitendinosus',
  aliases: ['medial hamstring', 'inner hamstring'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'semitendinosus',
    uberon: 'UBERON:0001375',
    fma: 'FMA:22357',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
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
      'on the inner back of the thigh, the cord-like tendon stands out behind the inner knee when the client bends the knee against resistance; follow it up into the muscle belly in the middle third of the thigh',
  },
  treatment: {
    position: 'prone with the knee slightly bent on a pillow',
    pressure:
      'flat pressure toward the bone or pincer grip of the inner hamstrings; slow stripping upward toward the sit bone',
    expect: 'an ache in the lower buttock and buttock crease, sometimes down the back of the thigh',
  },
  selfCare: {
    pressure: 'sit on a firm chair with a ball under the inner back of the thigh, 30 to 90 seconds',
    stretch:
      'lying on the back, raise the straight leg with a strap and let it drift slightly outward; hold 30 seconds',
  },
  cautions: ['sciatic-nerve', 'popliteal-vessels'],
  related: [
    'semimembranosus',
    'biceps-femoris',
    'adductor-magnus',
    'gracilis',
    'gluteus-maximus',
    'gluteus-minimus-posterior',
    'gastrocnemius-medial',
    'rectus-femoris',
  ],
  triggerPoints: [
    {
      id: 'semitendinosus.mid',
      label: 'TrP1',
      location: {
        region: 'posterior-thigh',
        description: 'in the middle to lower third of the inner back of the thigh',
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
      note: 'sitting presses on the point; clients shift or stand to ease it',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the hamstring muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the hamstring muscles' },
    { work: 'davies-2013', locator: 'section on the hamstrings' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: calf pain' },
  ],
});
