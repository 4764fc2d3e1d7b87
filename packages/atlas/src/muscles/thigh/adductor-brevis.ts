import { defineMuscle } from '../define-muscle.ts';

/** Adductor brevis: lies under the adductor longus and pectineus; shares its groin-to-knee pattern. */
export const adductorBrevis = defineMuscle({
  id: 'adductor-brevis',
  name: 'Adductor brevis',
  aliases: ['short adductor'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'adductor brevis',
    uberon: 'UBERON:0000368',
    fma: 'FMA:22442',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['brings the thigh in toward the midline', 'helps bend the hip'],
  restricts: ['hip.abduction', 'hip.external_rotation'],
  painfulOn: ['hip.adduction', 'hip.flexion'],
  perpetuatedBy: [
    'sitting-cross-legged',
    'prolonged-sitting',
    'kicking',
    'skiing',
    'horse-riding',
    'sprinting',
  ],
  symptoms: [],
  entrapments: ['anterior branch of the obturator nerve, which runs over the muscle (proposed)'],
  palpation: {
    position: 'client lying on the back with the hip bent, turned out and the knee supported on a pillow',
    method: 'flat',
    howToFind:
      'it lies deep to the adductor longus and pectineus in the upper inner thigh; press between or through them toward the bone, just below the pubic bone',
  },
  treatment: {
    position: 'supine in the frog-leg position',
    pressure: 'slow, deep fingertip pressure through the overlying adductors toward the bone',
    expect: 'a deep groin ache, sometimes down the inner thigh to the knee',
  },
  selfCare: {
    pressure:
      'sitting with the knee fallen out, press the fingertips deep into the upper inner thigh for 30 to 90 seconds',
    stretch: 'sit with the soles of the feet together and let the knees fall apart; hold 30 seconds',
  },
  cautions: ['femoral-triangle'],
  related: ['adductor-longus', 'adductor-magnus', 'pectineus', 'gracilis', 'vastus-medialis'],
  triggerPoints: [
    {
      id: 'adductor-brevis.upper',
      label: 'TrP1',
      location: {
        region: 'anteromedial-thigh',
        description: 'deep in the upper inner thigh, under the adductor longus and pectineus',
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
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the adductor muscles of the hip' },
    {
      work: 'travell-simons-1992',
      locator: 'hip, thigh and knee pain guide: front-of-thigh pain, adductor longus and brevis listed first',
    },
    { work: 'donnelly-2019', locator: 'chapter on the adductor muscles of the hip' },
  ],
});
