import { defineMuscle } from '../define-muscle.ts';

/** Occipitalis: the back belly of occipitofrontalis; refers over the back of the head and deep behind the eye. */
export const occipitalis = defineMuscle({
  id: 'occipitalis',
  name: 'Occipitalis',
  aliases: [
    'occipital belly of occipitofrontalis',
    'occipital belly of epicranius',
    'occipitofrontalis, occipital belly',
  ],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'occipitofrontalis muscle',
    uberon: 'UBERON:0010946',
    fma: 'FMA:9624',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['pulls the scalp backward', 'anchors the scalp so the frontalis can raise the eyebrows'],
  restricts: [],
  painfulOn: ['eye.opening'],
  perpetuatedBy: ['frowning-squinting', 'emotional-stress', 'poor-pillow', 'prolonged-computer-work'],
  symptoms: ['headache'],
  entrapments: ['greater occipital nerve (possible, where it pierces the tissues at the back of the scalp)'],
  palpation: {
    position: 'client supine with the head turned to the side, or prone',
    method: 'flat',
    howToFind:
      'find the bony ridge at the back of the skull and move a thumb width above it and out to the side; the thin muscle lies flat on the bone and tender spots feel like small thickened patches',
  },
  treatment: {
    position: 'client supine with the head turned away, or side-lying',
    pressure: 'flat fingertip pressure against the bone, moderate, with small circles at tender spots',
    expect: 'an ache over the back and side of the head, sometimes felt deep behind the eye',
  },
  selfCare: {
    pressure:
      'lie back with a soft ball under the back of the head just above the bony ridge, or press with the fingertips, 30 to 60 seconds',
    stretch:
      'tuck the chin gently and slide the scalp forward with the palms placed on the back of the head; hold 15 seconds',
  },
  cautions: [],
  related: [
    'frontalis',
    'semispinalis-capitis',
    'splenius-capitis',
    'rectus-capitis-posterior-major',
    'sternocleidomastoid-sternal',
  ],
  triggerPoints: [
    {
      id: 'occipitalis.central',
      label: 'TrP1',
      location: {
        region: 'occiput',
        description:
          'in the muscle belly on the back of the skull, a little above the bony ridge and out to the side',
      },
      referral: [
        { region: 'occiput', zone: 'essential', culprit: 'common' },
        { region: 'eye', zone: 'essential', culprit: 'common' },
        { region: 'parietal', zone: 'spillover', culprit: 'occasional' },
        { region: 'eyebrow', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain seems to go through the head to behind the eye; lying on the back of the head on a pillow may be uncomfortable',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 14, Occipitofrontalis muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the occipitofrontalis muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Occipitofrontalis' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: eye and eyebrow pain' },
  ],
});
