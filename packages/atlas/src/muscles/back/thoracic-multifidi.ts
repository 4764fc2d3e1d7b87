import { defineMuscle } from '../define-muscle.ts';

/** Thoracic multifidi: deep, boring pain close to the spine at the level of the point. */
export const thoracicMultifidi = defineMuscle({
  id: 'thoracic-multifidi',
  name: 'Multifidi, thoracic',
  aliases: ['thoracic multifidus', 'deep paraspinals (thoracic)', 'multifidus and rotatores, thoracic'],
  area: 'back',
  paired: true,
  actions: [
    'fine-tunes each spinal segment, extending it and turning it toward the opposite side',
    'stiffens the spine segment by segment before and during movement',
  ],
  restricts: ['thoracic.rotation', 'thoracic.flexion', 'trunk.lateral_flexion'],
  painfulOn: ['thoracic.extension', 'thoracic.rotation'],
  perpetuatedBy: [
    'rounded-shoulders',
    'prolonged-sitting',
    'prolonged-computer-work',
    'lifting-with-twist',
    'bending-forward',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying face down with a pillow under the chest and belly, or sitting slumped forward',
    method: 'flat',
    howToFind:
      'press deep into the groove right beside the spinous processes, through the long back muscles, angling toward the bone; tender spots sit close to one vertebra',
  },
  treatment: {
    position: 'prone, or seated leaning forward over a pillow',
    pressure:
      'thumb or fingertip pressure deep in the groove beside the spinous process, angled toward the midline',
    expect: 'a deep, boring ache near the spine at or a little below the level of the point',
  },
  selfCare: {
    pressure:
      'lie on two balls in a sock, one each side of the spine, and roll slowly to the tender level; hold 30 to 90 seconds',
    stretch: 'sit, round the back, then turn slowly toward each side with the chin tucked; hold 30 seconds',
  },
  cautions: ['osteoporosis'],
  related: [
    'longissimus-thoracis',
    'iliocostalis-thoracis',
    'rhomboid-major',
    'middle-trapezius',
    'lumbar-multifidi',
    'serratus-posterior-inferior',
  ],
  triggerPoints: [
    {
      id: 'thoracic-multifidi.mid-thoracic',
      label: 'TrP1',
      location: {
        region: 'mid-thoracic',
        description: 'deep in the groove beside the spinous processes in the middle of the back',
      },
      referral: [
        { region: 'mid-thoracic', zone: 'essential', culprit: 'common' },
        { region: 'interscapular', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain centres on the spinous processes at or just below the level of the point',
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
      work: 'simons-1999',
      locator: 'Part 2 (upper back, shoulder and arm) pain guide: upper and mid-thoracic back pain',
    },
  ],
});
