import { defineMuscle } from '../define-muscle.ts';

/** Semispinalis capitis: the thick rope beside the spine below the skull; refers to the back of the head and in a band to the temple and over the eye. */
export const semispinalisCapitis = defineMuscle({
  id: 'semispinalis-capitis',
  name: 'Semispinalis capitis',
  aliases: ['semispinalis capitis muscle', 'semispinalis of the head'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'semispinalis capitis',
    uberon: 'UBERON:0001409',
    fma: 'FMA:22830',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['extends the head and holds it up against gravity', 'helps tilt the head to the same side'],
  restricts: ['cervical.flexion', 'cervical.rotation'],
  painfulOn: ['cervical.extension'],
  perpetuatedBy: [
    'forward-head-posture',
    'looking-down-at-phone',
    'prolonged-computer-work',
    'reading-in-bed',
    'poor-pillow',
    'sleeping-on-stomach',
    'whiplash',
    'cold-draught',
    'emotional-stress',
  ],
  symptoms: ['headache', 'numbness', 'tingling', 'burning'],
  entrapments: [
    'greater occipital nerve, which pierces the muscle below the skull (numbness, tingling or burning over the back of the scalp)',
  ],
  palpation: {
    position: 'client supine with the head cradled, or prone with the neck relaxed',
    method: 'flat',
    howToFind:
      'find the two firm vertical ropes on each side of the spine just below the skull; press into them a thumb width from the midline, starting under the skull and moving down a few centimetres',
  },
  treatment: {
    position: 'client supine with the head resting in the therapist’s hands, fingertips under the skull',
    pressure:
      'firm fingertip pressure upward and inward, letting the weight of the head sink onto the fingers',
    expect:
      'pain spreading up the back of the head, or a band around the side of the head to the temple and over the eye',
  },
  selfCare: {
    pressure:
      'lie on the back with two balls in a sock placed under the base of the skull on either side of the spine, 60 to 90 seconds',
    stretch:
      'sit tall, tuck the chin and bend the head forward, turning slightly to look toward the opposite armpit; hold 30 seconds',
  },
  cautions: ['vertebral-artery'],
  related: [
    'semispinalis-cervicis',
    'cervical-multifidi',
    'splenius-capitis',
    'upper-trapezius',
    'rectus-capitis-posterior-major',
    'obliquus-capitis-inferior',
    'occipitalis',
  ],
  triggerPoints: [
    {
      id: 'semispinalis-capitis.upper',
      label: 'TrP1',
      location: {
        region: 'suboccipital',
        description:
          'upper end of the muscle, just below the bony ridge at the back of the skull, a thumb width from the midline',
      },
      referral: [
        { region: 'occiput', zone: 'essential', culprit: 'primary' },
        { region: 'temple', zone: 'essential', culprit: 'common' },
        { region: 'eyebrow', zone: 'essential', culprit: 'occasional' },
        { region: 'parietal', zone: 'spillover', culprit: 'occasional' },
        { region: 'forehead', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'a band of pain around half of the head, strongest at the temple and over the eye',
    },
    {
      id: 'semispinalis-capitis.middle',
      label: 'TrP2',
      location: {
        region: 'posterior-neck',
        description:
          'a few centimetres below the skull, beside the spine at the level of the second to third neck vertebrae',
      },
      referral: [
        { region: 'occiput', zone: 'essential', culprit: 'primary' },
        { region: 'suboccipital', zone: 'spillover', culprit: 'common' },
        { region: 'vertex', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain runs up over the back of the head toward the crown',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator:
        'ch. 16, Posterior cervical muscles: semispinalis capitis, semispinalis cervicis and multifidi',
    },
    { work: 'donnelly-2019', locator: 'chapter on the posterior cervical muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Posterior neck muscles' },
    {
      work: 'simons-1999',
      locator: 'Part 1 (head and neck) pain guide: frontal headache; eye and eyebrow pain',
    },
  ],
});
