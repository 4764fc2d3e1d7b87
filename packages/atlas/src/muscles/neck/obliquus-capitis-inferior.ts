import { defineMuscle } from '../define-muscle.ts';

/** Obliquus capitis inferior: turns the head at the top joint of the neck; part of the suboccipital headache and close to the greater occipital nerve. */
export const obliquusCapitisInferior = defineMuscle({
  id: 'obliquus-capitis-inferior',
  name: 'Obliquus capitis inferior',
  aliases: [
    'inferior oblique of the head',
    'OCI',
    'obliquus capitis inferior muscle',
    'suboccipital muscles',
  ],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'obliquus capitis inferior',
    fma: 'FMA:32528',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['turns the head and first vertebra to the same side on the second vertebra'],
  restricts: ['cervical.rotation'],
  painfulOn: ['cervical.rotation'],
  perpetuatedBy: [
    'forward-head-posture',
    'prolonged-computer-work',
    'looking-down-at-phone',
    'reading-in-bed',
    'painting-ceilings',
    'poor-pillow',
    'frowning-squinting',
    'whiplash',
    'cold-draught',
    'emotional-stress',
  ],
  symptoms: ['headache', 'numbness', 'tingling'],
  entrapments: [
    'greater occipital nerve, which curls around the lower edge of this muscle (numbness or tingling over the back of the scalp)',
  ],
  palpation: {
    position: 'client supine with the head resting in the therapist’s hands and the neck fully relaxed',
    method: 'flat',
    howToFind:
      'find the spinous process of the second vertebra and the bony tip of the first vertebra just below and behind the ear lobe; the muscle runs between them, and tender spots lie along this line under the splenius and semispinalis',
  },
  treatment: {
    position: 'client supine, fingertips curled under the base of the skull so the head rests on them',
    pressure:
      'let the weight of the head sink slowly onto the fingertips; add gentle upward traction toward the skull rather than pushing hard',
    expect:
      'a deep, hard-to-place headache from the back of the head through to the eye and forehead, easing as the tissues soften',
  },
  selfCare: {
    pressure:
      'lie on the back with two balls in a sock or a small roll under the base of the skull, 60 to 90 seconds with the jaw relaxed',
    stretch:
      'nod the chin down gently as if saying yes, keeping the neck long, then let the hands add light weight on the back of the head; hold 30 seconds, then turn the head to the opposite side',
  },
  cautions: ['vertebral-artery'],
  related: [
    'rectus-capitis-posterior-major',
    'obliquus-capitis-superior',
    'rectus-capitis-posterior-minor',
    'semispinalis-capitis',
    'splenius-capitis',
  ],
  triggerPoints: [
    {
      id: 'obliquus-capitis-inferior.central',
      label: 'TrP1',
      location: {
        region: 'suboccipital',
        description:
          'deep along the line from the second vertebra out to the tip of the first vertebra, below and behind the ear',
      },
      referral: [
        { region: 'suboccipital', zone: 'essential', culprit: 'primary' },
        { region: 'occiput', zone: 'essential', culprit: 'common' },
        { region: 'temple', zone: 'essential', culprit: 'common' },
        { region: 'eye', zone: 'essential', culprit: 'common' },
        { region: 'forehead', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'shares the suboccipital pattern; pressure here may also reproduce tingling over the back of the scalp',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 17, Suboccipital muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the suboccipital muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Suboccipitals' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: back-of-head pain' },
  ],
});
