import { defineMuscle } from '../define-muscle.ts';

/** Lumbar and sacral multifidi: deep low back pain over the spine, the sacrum and the tailbone, sometimes in front. */
export const lumbarMultifidi = defineMuscle({
  id: 'lumbar-multifidi',
  name: 'Multifidi, lumbar and sacral',
  aliases: ['lumbar multifidus', 'deep paraspinals (lumbar)', 'multifidus and rotatores, lumbar'],
  area: 'back',
  paired: true,
  actions: [
    'steadies each lumbar segment and extends the lower back',
    'turns each segment slightly toward the opposite side and resists bending forward',
  ],
  restricts: ['trunk.flexion', 'trunk.rotation', 'sit_to_stand', 'rolling_in_bed'],
  painfulOn: ['trunk.extension', 'trunk.rotation', 'sit_to_stand'],
  perpetuatedBy: [
    'bending-forward',
    'lifting-with-twist',
    'lifting-heavy',
    'prolonged-sitting',
    'deep-chair',
    'leg-length-difference',
  ],
  symptoms: ['morning-stiffness'],
  entrapments: [],
  palpation: {
    position:
      'client lying face down with a pillow under the belly to flatten the low back, or side-lying curled forward',
    method: 'flat',
    howToFind:
      'press deep in the groove right beside the lumbar spinous processes and the back of the sacrum, angling toward the bone; the spot is usually close to one segment',
  },
  treatment: {
    position: 'prone with a pillow under the abdomen, or side-lying with hips and knees bent',
    pressure:
      'thumb pressure deep beside the spinous process, angled toward the midline; work on the sacrum beside its central ridge',
    expect: 'a deep bony ache near the spine, at the sacrum or at the tailbone',
  },
  selfCare: {
    pressure: 'lie on two balls in a sock, one each side of the spine, at the tender level, 30 to 90 seconds',
    stretch:
      'lie on the back and hug both knees to the chest, rocking gently; then let the knees fall to each side; hold 30 seconds',
  },
  cautions: ['osteoporosis'],
  related: [
    'longissimus-thoracis',
    'iliocostalis-lumborum',
    'quadratus-lumborum-deep',
    'thoracic-multifidi',
    'gluteus-maximus',
    'gluteus-medius',
    'rectus-abdominis-lower',
    'coccygeus',
    'levator-ani',
  ],
  triggerPoints: [
    {
      id: 'lumbar-multifidi.upper-lumbar',
      label: 'TrP1',
      location: {
        region: 'lumbar',
        description: 'deep beside the spinous processes at about the second lumbar level',
      },
      referral: [
        { region: 'lumbar', zone: 'essential', culprit: 'common' },
        { region: 'lower-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'besides the local pain near the spine, upper lumbar points may send pain forward into the abdomen',
    },
    {
      id: 'lumbar-multifidi.lower-lumbar',
      label: 'TrP2',
      location: {
        region: 'lumbar',
        description: 'deep beside the spinous processes at about the fourth and fifth lumbar levels',
      },
      referral: [
        { region: 'sacrum', zone: 'essential', culprit: 'common' },
        { region: 'lumbar', zone: 'spillover', culprit: 'common' },
        { region: 'sacroiliac', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'lumbar-multifidi.sacral',
      label: 'TrP3',
      location: {
        region: 'sacrum',
        description: 'on the back of the sacrum beside its central ridge, at about the first sacral level',
      },
      referral: [
        { region: 'coccyx', zone: 'essential', culprit: 'common' },
        { region: 'sacrum', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a source of tailbone pain to check before assuming a pelvic floor cause',
    },
    {
      id: 'lumbar-multifidi.l5-front-thigh',
      label: 'L5, front of thigh',
      location: {
        region: 'lumbar',
        description: 'deep beside the spinous process of the fifth lumbar vertebra',
      },
      referral: [
        { region: 'lumbar', zone: 'essential', culprit: 'occasional' },
        { region: 'anterior-thigh', zone: 'essential', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'experimental pattern: everyone felt a local ache at the injection site, and about a third of the volunteers also felt pain down the front of the thigh',
    },
    {
      id: 'lumbar-multifidi.l5-back-thigh',
      label: 'L5, back of thigh',
      location: {
        region: 'lumbar',
        description: 'deep beside the spinous process of the fifth lumbar vertebra',
      },
      referral: [
        { region: 'lumbar', zone: 'essential', culprit: 'occasional' },
        { region: 'posterior-thigh', zone: 'essential', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'experimental pattern, the more frequent of the two thigh patterns: local ache by the spine with pain spreading into the back of the thigh; it overlaps the pain maps of the L4-5 joints and ligaments, so its distribution alone does not identify the source',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator:
        'chapter on the thoracolumbar paraspinal muscles, multifidi and rotatores (pain pattern figure p. 917)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the thoracolumbar paraspinal muscles' },
    { work: 'davies-2013', locator: 'section on the deep spinal muscles' },
    {
      work: 'cornwall-2006',
      locator: 'Results: pain maps after saline injection opposite the L5 spinous process',
    },
  ],
});
