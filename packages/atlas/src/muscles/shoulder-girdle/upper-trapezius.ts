import { defineMuscle } from '../define-muscle.ts';

/** Upper (descending) trapezius: the classic source of one-sided tension headache at the temple. */
export const upperTrapezius = defineMuscle({
  id: 'upper-trapezius',
  name: 'Upper trapezius',
  aliases: ['descending trapezius', 'upper traps', 'trapezius, upper fibres'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'descending part of trapezius',
    fma: 'FMA:32557',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'lifts the shoulder girdle and helps rotate the shoulder blade upward when the arm is raised',
    'extends the head and tilts it to the same side, turning the face to the opposite side',
  ],
  restricts: ['cervical.lateral_flexion', 'cervical.rotation', 'cervical.flexion'],
  painfulOn: ['scapula.elevation', 'scapula.upward_rotation', 'cervical.lateral_flexion'],
  perpetuatedBy: [
    'forward-head-posture',
    'prolonged-computer-work',
    'phone-cradling',
    'carrying-shoulder-bag',
    'tight-bra-straps',
    'armrests-too-high',
    'no-armrests',
    'emotional-stress',
    'cold-draught',
  ],
  symptoms: ['dizziness', 'headache'],
  entrapments: ['greater occipital nerve (with semispinalis capitis, disputed)'],
  palpation: {
    position: 'client lying on the back or sitting, shoulder slightly raised to slacken the fibres',
    method: 'pincer',
    howToFind:
      'lift the free upper edge of the muscle between thumb and fingers midway between neck and shoulder tip and roll it to feel the cord-like band',
  },
  treatment: {
    position: 'client supine with the head turned slightly away, or seated with the arm supported',
    pressure: 'pincer compression across the band, squeezing toward the centre of the muscle mass',
    expect: 'a deep ache spreading up the side of the neck to the temple that eases while the hold is kept',
  },
  selfCare: {
    pressure:
      'lean a ball against a door frame under the top of the shoulder, or squeeze the muscle with the opposite hand, 30 to 90 seconds',
    stretch:
      'sit on the hand of the same side, tilt the ear to the opposite shoulder and look slightly down; hold 30 seconds',
  },
  cautions: ['brachial-plexus'],
  related: [
    'levator-scapulae',
    'sternocleidomastoid-sternal',
    'splenius-capitis',
    'semispinalis-capitis',
    'temporalis',
    'lower-trapezius',
    'middle-trapezius',
  ],
  triggerPoints: [
    {
      id: 'upper-trapezius.free-border',
      label: 'TrP1',
      location: {
        region: 'shoulder-top',
        description: 'the front edge of the muscle, halfway between the neck and the point of the shoulder',
      },
      referral: [
        { region: 'posterolateral-neck', zone: 'essential', culprit: 'primary' },
        { region: 'mastoid', zone: 'essential', culprit: 'common' },
        { region: 'temple', zone: 'essential', culprit: 'primary' },
        { region: 'jaw-angle', zone: 'spillover', culprit: 'common' },
        { region: 'eyebrow', zone: 'spillover', culprit: 'common' },
        { region: 'lower-molars', zone: 'spillover', culprit: 'occasional' },
        { region: 'occiput', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the most common trigger point in the body',
    },
    {
      id: 'upper-trapezius.posterior-fibres',
      label: 'TrP2',
      location: {
        region: 'neck-angle',
        description:
          'a little behind and below the first point, in the nearly horizontal fibres above the shoulder blade',
      },
      referral: [
        { region: 'posterolateral-neck', zone: 'essential', culprit: 'common' },
        { region: 'suboccipital', zone: 'spillover', culprit: 'primary' },
        { region: 'mastoid', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 6, Trapezius muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Trapezius' },
    {
      work: 'simons-1999',
      locator: 'Part 1 (head and neck) pain guide: back-of-head pain; eye and eyebrow pain',
    },
  ],
});
