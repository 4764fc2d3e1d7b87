import { defineMuscle } from '../define-muscle.ts';

/** Longus capitis: deep flexor from the neck vertebrae to the base of the skull; pattern poorly described, mostly felt in the front of the upper neck and throat. */
export const longusCapitis = defineMuscle({
  id: 'longus-capitis',
  name: 'Longus capitis',
  aliases: ['longus capitis muscle', 'deep neck flexor'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'longus capitis',
    uberon: 'UBERON:0001563',
    fma: 'FMA:46308',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['nods the head forward on the neck', 'one side helps turn the head to the same side'],
  restricts: ['cervical.extension', 'swallowing'],
  painfulOn: ['cervical.flexion'],
  perpetuatedBy: ['whiplash', 'forward-head-posture', 'chronic-cough', 'emotional-stress'],
  symptoms: ['sore-throat', 'difficulty-swallowing'],
  entrapments: [],
  palpation: {
    position: 'client supine, head on a pillow with the chin slightly tucked',
    method: 'flat',
    howToFind:
      'in the upper neck, below the jaw angle and at the inner edge of the sternocleidomastoid, ease the pulse aside and sink slowly toward the front of the upper neck vertebrae; tender bands run upward toward the skull',
  },
  treatment: {
    position: 'client supine with the neck slightly flexed',
    pressure: 'very light, slow fingertip pressure only, moving off at once if a pulse is felt',
    expect: 'a deep local ache in the upper front of the neck or throat',
  },
  selfCare: {
    pressure: 'not suited for self-pressure; use gentle chin nods lying on the back instead',
    stretch:
      'sitting tall, tip the head back slowly by nodding the chin up, keeping the mouth closed; hold 15 to 20 seconds',
  },
  cautions: ['carotid-artery', 'jugular-vein', 'vertebral-artery'],
  related: [
    'longus-colli',
    'sternocleidomastoid-sternal',
    'rectus-capitis-posterior-major',
    'digastric-posterior',
  ],
  triggerPoints: [
    {
      id: 'longus-capitis.central',
      label: 'TrP1',
      location: {
        region: 'lateral-neck',
        description:
          'deep on the front of the upper neck vertebrae, reached at the inner edge of the sternocleidomastoid below the jaw angle',
      },
      referral: [
        { region: 'lateral-neck', zone: 'essential', culprit: 'occasional' },
        { region: 'anterior-neck', zone: 'spillover', culprit: 'occasional' },
        { region: 'throat', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the references give little detail; treat as mainly local pain in the upper front of the neck',
    },
  ],
  sources: [{ work: 'donnelly-2019', locator: 'chapter on the anterior neck muscles (longus capitis)' }],
});
