import { defineMuscle } from '../define-muscle.ts';

/** Cervical multifidi: the deepest short muscles beside the neck spine; refer up to the base of the skull and down to the shoulder blade. */
export const cervicalMultifidi = defineMuscle({
  id: 'cervical-multifidi',
  name: 'Cervical multifidi',
  aliases: [
    'multifidus of the neck',
    'cervical multifidus',
    'deep neck extensors',
    'rotatores and multifidi of the neck',
  ],
  area: 'neck',
  paired: true,
  actions: [
    'steady each neck segment during movement',
    'extend the neck and turn it toward the opposite side',
  ],
  restricts: ['cervical.rotation', 'cervical.flexion', 'cervical.extension'],
  painfulOn: ['cervical.extension', 'cervical.rotation'],
  perpetuatedBy: [
    'forward-head-posture',
    'looking-down-at-phone',
    'prolonged-computer-work',
    'poor-pillow',
    'sleeping-on-stomach',
    'whiplash',
    'cold-draught',
  ],
  symptoms: ['headache', 'morning-stiffness'],
  entrapments: [],
  palpation: {
    position: 'client prone with the forehead supported, or supine with the head cradled',
    method: 'flat',
    howToFind:
      'press deep into the groove right next to the neck spinous processes at the level of the fourth and fifth neck vertebrae; tender spots lie close to the bone under the thicker semispinalis',
  },
  treatment: {
    position: 'client supine with the head resting in the therapist’s hands, or prone',
    pressure:
      'firm fingertip pressure into the groove beside the spinous processes, angled toward the midline',
    expect: 'an ache rising to the base of the skull and spreading down to the shoulder blade',
  },
  selfCare: {
    pressure:
      'lie on two balls in a sock beside the middle of the neck, or press with the fingertips in the groove beside the spine, 30 to 60 seconds',
    stretch:
      'bend the head forward and turn it slightly toward the same side, then tip it toward the opposite shoulder; hold 30 seconds',
  },
  cautions: ['vertebral-artery'],
  related: [
    'semispinalis-cervicis',
    'semispinalis-capitis',
    'splenius-cervicis',
    'levator-scapulae',
    'upper-trapezius',
    'rhomboid-minor',
  ],
  triggerPoints: [
    {
      id: 'cervical-multifidi.c4-c5',
      label: 'TrP1',
      location: {
        region: 'posterior-neck',
        description:
          'deep in the groove beside the spine at about the level of the fourth and fifth neck vertebrae',
      },
      referral: [
        { region: 'suboccipital', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-neck', zone: 'essential', culprit: 'primary' },
        { region: 'neck-angle', zone: 'spillover', culprit: 'common' },
        { region: 'supraspinous', zone: 'spillover', culprit: 'occasional' },
        { region: 'scapula-medial-border', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain reaches up to the base of the skull and down over the neck to the top of the inner edge of the shoulder blade',
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
  ],
});
