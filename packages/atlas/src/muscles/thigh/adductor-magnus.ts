import { defineMuscle } from '../define-muscle.ts';

/** Adductor magnus: the large rear adductor; groin and inner thigh pain, and deep pain inside the pelvis. */
export const adductorMagnus = defineMuscle({
  id: 'adductor-magnus',
  name: 'Adductor magnus',
  aliases: ['great adductor'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'adductor magnus',
    uberon: 'UBERON:0000370',
    fma: 'FMA:22443',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['brings the thigh in toward the midline', 'its lower, hamstring-like part helps extend the hip'],
  restricts: ['hip.abduction', 'hip.flexion', 'squatting'],
  painfulOn: ['hip.adduction', 'hip.extension'],
  perpetuatedBy: [
    'skiing',
    'horse-riding',
    'running-uphill',
    'sitting-cross-legged',
    'prolonged-sitting',
    'sleeping-on-side',
  ],
  symptoms: ['painful-intercourse', 'painful-sitting'],
  entrapments: [],
  palpation: {
    position:
      'client lying on the back with the hip bent and turned out, knee supported; or on the sore side with the top leg forward',
    method: 'flat-or-pincer',
    howToFind:
      'the bulk of the inner thigh between the gracilis in front and the hamstrings behind; the upper point lies high on the inner back of the thigh, close to the sit bone',
  },
  treatment: {
    position:
      'supine frog-leg, or side-lying on the sore side with the top leg brought forward out of the way',
    pressure: 'flat pressure toward the thigh bone; for the upper point press up toward the sit bone',
    expect: 'ache in the groin and inner thigh, or a deep pain felt inside the pelvis',
  },
  selfCare: {
    pressure:
      'sitting on a firm chair, place a ball under the inner back of the thigh near the sit bone, 30 to 90 seconds',
    stretch:
      'sitting on the floor with the legs apart, lean forward from the hips with a straight back; hold 30 seconds',
  },
  cautions: ['femoral-triangle', 'sciatic-nerve'],
  related: [
    'adductor-longus',
    'adductor-brevis',
    'gracilis',
    'pectineus',
    'semimembranosus',
    'semitendinosus',
    'vastus-medialis',
    'levator-ani',
    'obturator-internus',
    'gluteus-maximus',
  ],
  triggerPoints: [
    {
      id: 'adductor-magnus.mid',
      label: 'TrP1',
      location: {
        region: 'medial-thigh',
        description: 'in the middle of the inner thigh, in the thick part of the muscle',
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'common' },
        { region: 'anteromedial-thigh', zone: 'essential', culprit: 'common' },
        { region: 'medial-thigh', zone: 'spillover', culprit: 'common' },
        { region: 'medial-knee', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'adductor-magnus.proximal',
      label: 'TrP2',
      location: {
        region: 'medial-thigh',
        description: 'high on the inner back of the thigh, close to the sit bone',
      },
      referral: [
        { region: 'pubic', zone: 'essential', culprit: 'common' },
        { region: 'genital', zone: 'essential', culprit: 'common' },
        { region: 'rectal', zone: 'essential', culprit: 'common' },
        { region: 'bladder', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'felt as a deep, hard-to-place pain inside the pelvis, sometimes only during intercourse',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the adductor muscles of the hip' },
    { work: 'donnelly-2019', locator: 'chapter on the adductor muscles of the hip' },
    { work: 'davies-2013', locator: 'section on the adductors' },
  ],
});
