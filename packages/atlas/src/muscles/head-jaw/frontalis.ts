import { defineMuscle } from '../define-muscle.ts';

/** Frontalis: the forehead belly of occipitofrontalis; refers pain over the forehead on its own side. */
export const frontalis = defineMuscle({
  id: 'frontalis',
  name: 'Frontalis',
  aliases: ['frontal belly of occipitofrontalis', 'frontal belly of epicranius', 'forehead muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'frontalis muscle belly',
    uberon: 'UBERON:0010952',
    fma: 'FMA:46757',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: ['raises the eyebrows and wrinkles the forehead', 'pulls the scalp forward'],
  restricts: [],
  painfulOn: ['eye.opening'],
  perpetuatedBy: [
    'frowning-squinting',
    'emotional-stress',
    'prolonged-computer-work',
    'forward-head-posture',
  ],
  symptoms: ['headache'],
  entrapments: ['supraorbital nerve (possible, with frontal headache over the brow)'],
  palpation: {
    position: 'client supine, face relaxed',
    method: 'flat-or-pincer',
    howToFind:
      'ask the client to raise the eyebrows, then relax; search the forehead above the inner half of the eyebrow with flat fingertips, or lift a fold of skin and muscle between thumb and finger',
  },
  treatment: {
    position: 'client supine with the head resting on a pillow',
    pressure:
      'light to moderate fingertip pressure against the skull, or a gentle pincer roll of the skin fold',
    expect: 'a local ache that spreads upward over the forehead on the same side',
  },
  selfCare: {
    pressure:
      'press the fingertips on tender spots above the eyebrow for 20 to 30 seconds, or roll the skin of the forehead between thumb and finger',
    stretch:
      'place the palms on the forehead and slide the skin gently upward toward the hairline while keeping the brows relaxed, then downward; hold 15 seconds each way',
  },
  cautions: ['eye'],
  related: [
    'occipitalis',
    'sternocleidomastoid-clavicular',
    'orbicularis-oculi',
    'temporalis',
    'semispinalis-capitis',
    'zygomaticus-major',
  ],
  triggerPoints: [
    {
      id: 'frontalis.medial',
      label: 'TrP1',
      location: {
        region: 'forehead',
        description: 'just above the inner half of the eyebrow',
      },
      referral: [
        { region: 'forehead', zone: 'essential', culprit: 'common' },
        { region: 'eyebrow', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain stays local, spreading up over the forehead on the same side',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 14, Occipitofrontalis muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the occipitofrontalis muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Occipitofrontalis' },
  ],
});
