import { defineMuscle } from '../define-muscle.ts';

/** Obliquus capitis superior: short muscle from the first vertebra to the skull behind the ear; part of the suboccipital headache. */
export const obliquusCapitisSuperior = defineMuscle({
  id: 'obliquus-capitis-superior',
  name: 'Obliquus capitis superior',
  aliases: [
    'superior oblique of the head',
    'OCS',
    'obliquus capitis superior muscle',
    'suboccipital muscles',
  ],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'obliquus capitis superior',
    fma: 'FMA:32527',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['tips the head back and tilts it to the same side'],
  restricts: ['cervical.flexion', 'cervical.lateral_flexion'],
  painfulOn: ['cervical.extension', 'cervical.lateral_flexion'],
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
  symptoms: ['headache'],
  entrapments: [],
  palpation: {
    position: 'client supine with the head resting in the therapist’s hands and the neck fully relaxed',
    method: 'flat',
    howToFind:
      'find the bony tip of the first vertebra just below and behind the ear lobe, then move up and in toward the skull; the muscle lies deep under the skull between this tip and the midline',
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
      'nod the chin down gently as if saying yes, keeping the neck long, then let the hands add light weight on the back of the head; hold 30 seconds, then tilt the ear toward the opposite shoulder',
  },
  cautions: ['vertebral-artery'],
  related: [
    'rectus-capitis-posterior-major',
    'obliquus-capitis-inferior',
    'rectus-capitis-posterior-minor',
    'splenius-capitis',
    'sternocleidomastoid-clavicular',
  ],
  triggerPoints: [
    {
      id: 'obliquus-capitis-superior.central',
      label: 'TrP1',
      location: {
        region: 'suboccipital',
        description:
          'deep under the outer part of the skull base, between the tip of the first vertebra and the skull',
      },
      referral: [
        { region: 'suboccipital', zone: 'essential', culprit: 'primary' },
        { region: 'occiput', zone: 'essential', culprit: 'common' },
        { region: 'temple', zone: 'essential', culprit: 'common' },
        { region: 'eye', zone: 'essential', culprit: 'common' },
        { region: 'forehead', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'shares the suboccipital pattern; often tender in people with tension-type headache or migraine',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 17, Suboccipital muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the suboccipital muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Suboccipitals' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: back-of-head pain' },
  ],
});
