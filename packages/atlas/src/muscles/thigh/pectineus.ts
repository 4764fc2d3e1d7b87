import { defineMuscle } from '../define-muscle.ts';

/** Pectineus: short muscle below the pubic bone in the femoral triangle; a deep groin ache. */
export const pectineus = defineMuscle({
  id: 'pectineus',
  name: 'Pectineus',
  aliases: ['pectineal muscle'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'pectineus',
    uberon: 'UBERON:0001382',
    fma: 'FMA:22440',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['brings the thigh in toward the midline', 'helps bend the hip'],
  restricts: ['hip.abduction', 'hip.extension', 'squatting'],
  painfulOn: ['hip.adduction', 'hip.flexion'],
  perpetuatedBy: [
    'sitting-cross-legged',
    'prolonged-sitting',
    'horse-riding',
    'kicking',
    'sprinting',
    'running',
    'yoga-overstretching',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position:
      'client lying on the back, hip slightly bent and turned out with the knee supported on a pillow',
    method: 'flat',
    howToFind:
      'find the femoral pulse just below the groin crease, then move the fingers just inside it onto the pubic bone; the muscle lies between the pulse and the cord-like adductor longus tendon',
  },
  treatment: {
    position: 'supine in the same supported position',
    pressure: 'gentle, sustained fingertip pressure, staying on the inner side of the pulse',
    expect: 'a deep ache in the groin just below the crease',
  },
  selfCare: {
    pressure:
      'sitting, press the fingertips into the groin just below the crease and inside the pulse for 30 seconds',
    stretch:
      'sit with the soles of the feet together and let the knees fall apart, pressing them gently down; hold 30 seconds',
  },
  cautions: ['femoral-triangle', 'hernia'],
  related: [
    'adductor-longus',
    'adductor-brevis',
    'adductor-magnus',
    'gracilis',
    'psoas-major',
    'iliacus',
    'sartorius',
  ],
  triggerPoints: [
    {
      id: 'pectineus.belly',
      label: 'TrP1',
      location: {
        region: 'groin',
        description: 'just below the pubic bone, between the femoral pulse and the adductor longus tendon',
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'primary' },
        { region: 'anteromedial-thigh', zone: 'spillover', culprit: 'primary' },
        { region: 'medial-thigh', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'a deep, steady groin ache just under the crease',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the pectineus muscle' },
    {
      work: 'travell-simons-1992',
      locator: 'hip, thigh and knee pain guide: inner-thigh pain, pectineus listed first',
    },
    { work: 'donnelly-2019', locator: 'chapter on the pectineus muscle' },
  ],
});
