import { defineMuscle } from '../define-muscle.ts';

/** Semispinalis cervicis: deep neck extensor beside the spine; refers to the base of the skull and down the back of the neck. */
export const semispinalisCervicis = defineMuscle({
  id: 'semispinalis-cervicis',
  name: 'Semispinalis cervicis',
  aliases: ['semispinalis cervicis muscle', 'semispinalis of the neck'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'semispinalis cervicis',
    uberon: 'UBERON:0001408',
    fma: 'FMA:22829',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['extends the neck', 'turns the neck toward the opposite side'],
  restricts: ['cervical.flexion', 'cervical.rotation'],
  painfulOn: ['cervical.extension', 'cervical.rotation'],
  perpetuatedBy: [
    'forward-head-posture',
    'looking-down-at-phone',
    'prolonged-computer-work',
    'reading-in-bed',
    'poor-pillow',
    'whiplash',
    'cold-draught',
  ],
  symptoms: ['headache', 'morning-stiffness'],
  entrapments: [],
  palpation: {
    position: 'client prone with the forehead supported, or supine with the head cradled',
    method: 'flat',
    howToFind:
      'press into the groove beside the neck spinous processes in the middle and lower neck, through the semispinalis capitis, and feel for deep tender bands running up and in toward the spine',
  },
  treatment: {
    position: 'client prone or supine with the neck in neutral',
    pressure: 'firm fingertip pressure deep in the groove beside the spine, angled toward the bone',
    expect:
      'pain rising to the base of the skull and the back of the head, or spreading along the back of the neck',
  },
  selfCare: {
    pressure:
      'lie on the back on two balls in a sock placed beside the middle of the neck, letting the head rest, 60 seconds',
    stretch:
      'tuck the chin and bend the head forward, then turn slightly toward the same side; hold 30 seconds',
  },
  cautions: ['vertebral-artery'],
  related: [
    'semispinalis-capitis',
    'cervical-multifidi',
    'splenius-cervicis',
    'levator-scapulae',
    'upper-trapezius',
  ],
  triggerPoints: [
    {
      id: 'semispinalis-cervicis.central',
      label: 'TrP1',
      location: {
        region: 'posterior-neck',
        description: 'deep beside the spine at mid-neck level, around the fourth and fifth neck vertebrae',
      },
      referral: [
        { region: 'suboccipital', zone: 'essential', culprit: 'common' },
        { region: 'posterior-neck', zone: 'essential', culprit: 'common' },
        { region: 'occiput', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'shares its pattern with the deep multifidi at the same level',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator:
        'ch. 16, Posterior cervical muscles: semispinalis capitis, semispinalis cervicis and multifidi',
    },
    { work: 'donnelly-2019', locator: 'chapter on the posterior cervical muscles' },
  ],
});
