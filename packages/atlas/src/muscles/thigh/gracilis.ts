import { defineMuscle } from '../define-muscle.ts';

/** Gracilis: the thin strap along the inner thigh; hot, stinging surface pain along the inner thigh. */
export const gracilis = defineMuscle({
  id: 'gracilis',
  name: 'Gracilis',
  aliases: ['gracilis muscle'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'gracilis',
    uberon: 'UBERON:0000950',
    fma: 'FMA:43882',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['brings the thigh in toward the midline', 'helps bend the knee and turn the shin inward'],
  restricts: ['hip.abduction', 'knee.extension'],
  painfulOn: ['hip.adduction', 'knee.flexion'],
  perpetuatedBy: ['horse-riding', 'skiing', 'sitting-cross-legged', 'running', 'dancing'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the knee bent and dropped outward, supported on a pillow',
    method: 'pincer',
    howToFind:
      'the thin, most inner strap of the thigh, behind the adductor longus; follow it from the pubic bone to the inside of the knee, where its tendon can be felt behind the inner knee',
  },
  treatment: {
    position: 'supine with the leg dropped out and supported',
    pressure: 'pincer grip along the strap, or light flat pressure; it is close to the surface',
    expect: 'a hot, stinging pain running along the inner thigh',
  },
  selfCare: {
    pressure: 'squeeze along the inner thigh strap between thumb and fingers, 30 seconds per tender spot',
    stretch:
      'stand with the feet wide, knees straight, and lean the hips toward the good side; hold 30 seconds',
  },
  cautions: ['femoral-triangle', 'varicose-veins'],
  related: [
    'adductor-longus',
    'adductor-magnus',
    'adductor-brevis',
    'sartorius',
    'vastus-medialis',
    'semitendinosus',
  ],
  triggerPoints: [
    {
      id: 'gracilis.mid',
      label: 'TrP1',
      location: {
        region: 'medial-thigh',
        description: 'in the middle of the inner thigh, in the thin strap nearest the back',
      },
      referral: [
        { region: 'medial-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'medial-knee', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'a hot, stinging pain close to the surface that is not eased by changing position',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the adductor muscles of the hip' },
    {
      work: 'travell-simons-1992',
      locator:
        'hip, thigh and knee pain guide: inner-thigh pain, gracilis listed after pectineus and vastus medialis',
    },
    { work: 'donnelly-2019', locator: 'chapter on the gracilis muscle' },
    { work: 'travell-simons-1992', locator: 'Part 2 (hip, thigh and knee) pain guide: inner-thigh pain' },
  ],
});
