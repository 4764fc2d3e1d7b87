import { defineMuscle } from '../define-muscle.ts';

/** Superior oblique of the eye: reached only at its pulley (the trochlea) in the upper inner corner of the orbit; refers a deep ache behind the eye. */
export const superiorObliqueEye = defineMuscle({
  id: 'superior-oblique-eye',
  name: 'Superior oblique (eye)',
  aliases: ['superior oblique', 'obliquus superior oculi', 'trochlear region muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'superior oblique extraocular muscle',
    uberon: 'UBERON:0006321',
    fma: 'FMA:49039',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'turns the eye down and outward by pulling over its pulley in the upper inner orbit',
    'rolls the top of the eyeball inward',
  ],
  restricts: [],
  painfulOn: ['eye.movement'],
  perpetuatedBy: [],
  symptoms: ['headache'],
  entrapments: [],
  palpation: {
    position: 'client supine with the eyes closed and the head resting',
    method: 'flat',
    howToFind:
      'place a fingertip in the upper inner corner of the eye socket, between the inner end of the eyebrow and the bridge of the nose, and press gently up and back against the bony rim toward the pulley; never press on the eyeball itself',
  },
  treatment: {
    position: 'client supine, eyes closed, head supported',
    pressure:
      'very light, sustained fingertip pressure up against the upper inner rim of the orbit, 10 to 20 seconds, stopping at any visual disturbance',
    expect:
      'a deep ache behind the eye, sometimes spreading over the brow or the same side of the forehead; looking down and in may sharpen it',
  },
  selfCare: {
    pressure:
      'with the eyes closed, press one fingertip gently up under the inner end of the brow against the bone, 10 to 20 seconds, never on the eyeball',
    stretch:
      'keeping the head still, look slowly up and out toward the opposite side, hold a few seconds and relax; repeat five times',
  },
  cautions: ['eye'],
  related: [
    'orbicularis-oculi',
    'frontalis',
    'temporalis',
    'rectus-capitis-posterior-minor',
    'sternocleidomastoid-sternal',
    'splenius-cervicis',
  ],
  triggerPoints: [
    {
      id: 'superior-oblique-eye.trochlear',
      label: 'TrP1',
      location: {
        region: 'periorbital',
        description:
          'at the pulley of the muscle in the upper inner corner of the eye socket, under the brow',
      },
      referral: [
        { region: 'eye', zone: 'essential', culprit: 'occasional' },
        { region: 'eyebrow', zone: 'spillover', culprit: 'occasional' },
        { region: 'forehead', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'found by palpation of the trochlear region in tension-type headache and one-sided migraine; holding pressure, contracting the muscle (looking down and in) and stretching it all raised the referred ache',
    },
  ],
  sources: [
    { work: 'fernandez-de-las-penas-2005', locator: 'Results: referred pain from the trochlear region' },
    { work: 'fernandez-de-las-penas-2006', locator: 'Results: referred pain in unilateral migraine' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: eye and eyebrow pain' },
  ],
});
