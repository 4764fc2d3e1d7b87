import { defineMuscle } from '../define-muscle.ts';

/** Adductor longus: the prominent groin adductor; groin and inner thigh pain running to the knee and shin. */
export const adductorLongus = defineMuscle({
  id: 'adductor-longus',
  name: 'Adductor longus',
  aliases: ['long adductor'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'adductor longus',
    uberon: 'UBERON:0000303',
    fma: 'FMA:22441',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['brings the thigh in toward the midline', 'helps bend the hip early in a stride'],
  restricts: ['hip.abduction', 'hip.external_rotation', 'hip.extension'],
  painfulOn: ['hip.adduction', 'hip.flexion'],
  perpetuatedBy: [
    'sitting-cross-legged',
    'prolonged-sitting',
    'kicking',
    'skiing',
    'horse-riding',
    'running-uphill',
    'running-downhill',
    'sprinting',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the hip bent, turned out and the knee supported on a pillow',
    method: 'flat-or-pincer',
    howToFind:
      'its tendon is the most prominent cord in the groin when the client squeezes the knees together; the points lie in the upper third of the muscle below the tendon, on the front of the inner thigh',
  },
  treatment: {
    position: 'supine in the same frog-leg position',
    pressure: 'pincer grip lifting the muscle away from the bone, or flat pressure toward the thigh bone',
    expect: 'a deep groin ache, or pain running down to the inside of the knee',
  },
  selfCare: {
    pressure:
      'sitting with the knee fallen out, press the thumb or a ball into the upper inner thigh, 30 to 90 seconds',
    stretch:
      'stand with the feet wide and shift the weight onto the good leg, keeping the sore leg straight; hold 30 seconds',
  },
  cautions: ['femoral-triangle', 'varicose-veins'],
  related: [
    'adductor-brevis',
    'adductor-magnus',
    'pectineus',
    'gracilis',
    'vastus-medialis',
    'sartorius',
    'gluteus-medius',
    'psoas-major',
    'tibialis-anterior',
  ],
  triggerPoints: [
    {
      id: 'adductor-longus.upper',
      label: 'TrP1',
      location: {
        region: 'anteromedial-thigh',
        description: "in the upper third of the inner thigh, about a hand's width below the groin",
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'primary' },
        { region: 'anteromedial-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-thigh', zone: 'spillover', culprit: 'primary' },
        { region: 'medial-thigh', zone: 'spillover', culprit: 'common' },
        { region: 'medial-knee', zone: 'essential', culprit: 'common' },
        { region: 'shin', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain mostly felt when the muscle is loaded, such as with sudden turns or standing up',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the adductor muscles of the hip' },
    {
      work: 'travell-simons-1992',
      locator: 'hip, thigh and knee pain guide: front-of-thigh pain, adductor longus and brevis listed first',
    },
    { work: 'donnelly-2019', locator: 'chapter on the adductor muscles of the hip' },
    { work: 'davies-2013', locator: 'section on the adductors' },
    { work: 'finando-2005', locator: 'section on the adductors' },
  ],
});
