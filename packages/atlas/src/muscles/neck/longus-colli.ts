import { defineMuscle } from '../define-muscle.ts';

/** Longus colli: deep neck flexor on the front of the spine; refers mostly locally in the front and side of the neck, sometimes to the ear. */
export const longusColli = defineMuscle({
  id: 'longus-colli',
  name: 'Longus colli',
  aliases: ['longus cervicis', 'longus colli muscle', 'deep neck flexor'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'longus colli',
    uberon: 'UBERON:0001121',
    fma: 'FMA:13370',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the neck forward and flattens its curve',
    'steadies the neck segments; one side helps tilt and turn the neck',
  ],
  restricts: ['cervical.extension', 'cervical.rotation', 'swallowing'],
  painfulOn: ['cervical.flexion'],
  perpetuatedBy: [
    'whiplash',
    'forward-head-posture',
    'chronic-cough',
    'emotional-stress',
    'sleeping-on-stomach',
  ],
  symptoms: ['sore-throat', 'difficulty-swallowing'],
  entrapments: [],
  palpation: {
    position:
      'client supine, head on a pillow with the neck slightly bent forward to slacken the front tissues',
    method: 'flat',
    howToFind:
      'at mid-neck level, place the fingertips at the inner edge of the sternocleidomastoid; ease the muscle and the pulse aside outward and the windpipe slightly inward, then sink slowly to the front of the vertebrae and feel for tender bands running up and down',
  },
  treatment: {
    position: 'client supine with the neck slightly flexed on a pillow',
    pressure:
      'slow, light fingertip pressure on the front of the vertebrae; move off at once if a pulse is felt under the fingers',
    expect:
      'a local ache deep in the front or side of the neck, sometimes toward the ear or the outer corner of the eye',
  },
  selfCare: {
    pressure:
      'not suited for self-pressure because of the vessels nearby; gentle chin-nod exercises lying on the back are used instead',
    stretch:
      'sitting tall, lift the breastbone and tip the head back slowly while keeping the mouth closed; hold 15 to 20 seconds',
  },
  cautions: ['carotid-artery', 'thyroid', 'jugular-vein'],
  related: [
    'longus-capitis',
    'sternocleidomastoid-sternal',
    'scalenus-anterior',
    'digastric-posterior',
    'cervical-multifidi',
  ],
  triggerPoints: [
    {
      id: 'longus-colli.central',
      label: 'TrP1',
      location: {
        region: 'anterior-neck',
        description:
          'deep on the front of the neck vertebrae at mid-neck level, between the windpipe and the sternocleidomastoid',
      },
      referral: [
        { region: 'anterior-neck', zone: 'essential', culprit: 'occasional' },
        { region: 'lateral-neck', zone: 'essential', culprit: 'occasional' },
        { region: 'throat', zone: 'spillover', culprit: 'occasional' },
        { region: 'ear', zone: 'spillover', culprit: 'occasional' },
        { region: 'periorbital', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'mostly local pain; in a study on healthy volunteers some also felt it in the ear, beside the outer eye or on the other side of the neck',
    },
  ],
  sources: [
    { work: 'minerbi-2017', locator: 'Results: referral maps after massage and needling' },
    { work: 'donnelly-2019', locator: 'chapter on the anterior neck muscles (longus colli)' },
  ],
});
