import { defineMuscle } from '../define-muscle.ts';

/** Scalenus minimus: a small, often absent scalene deep behind the anterior scalene; refers to the outer arm and the back of the hand. */
export const scalenusMinimus = defineMuscle({
  id: 'scalenus-minimus',
  name: 'Scalenus minimus',
  aliases: ['smallest scalene', 'pleural scalene', 'scalenus pleuralis', 'scalenes'],
  area: 'neck',
  paired: true,
  actions: ['tightens the membrane over the top of the lung', 'may help lift the first rib'],
  restricts: ['cervical.lateral_flexion'],
  painfulOn: ['breathing.deep_inspiration'],
  perpetuatedBy: [
    'paradoxical-breathing',
    'chronic-cough',
    'forward-head-posture',
    'lifting-heavy',
    'whiplash',
  ],
  symptoms: ['tingling', 'numbness'],
  entrapments: ['lower trunk of the brachial plexus, which the muscle can press on when present'],
  palpation: {
    position: 'client supine with the head turned slightly away',
    method: 'flat',
    howToFind:
      'not reliably felt: press deep just above the collarbone behind the lower end of the anterior scalene; tenderness with referral to the outer arm and back of the hand points to this muscle',
  },
  treatment: {
    position: 'client supine, head turned a little away, arm relaxed',
    pressure:
      'light, careful pressure behind the lower anterior scalene toward the first rib; release at any tingling into the hand',
    expect: 'ache along the outside of the arm and over the back of the hand',
  },
  selfCare: {
    pressure:
      'gentle fingertip pressure just above the inner collarbone behind the front neck muscle, 20 seconds',
    stretch:
      'tilt the ear toward the opposite shoulder while holding the chair seat with the hand of the tight side; hold 30 seconds with slow belly breathing',
  },
  cautions: ['brachial-plexus', 'lungs'],
  related: [
    'scalenus-anterior',
    'scalenus-medius',
    'scalenus-posterior',
    'deltoid-middle',
    'extensor-digitorum',
  ],
  triggerPoints: [
    {
      id: 'scalenus-minimus.central',
      label: 'TrP1',
      location: {
        region: 'supraclavicular',
        description: 'deep just above the collarbone, behind the lower end of the anterior scalene',
      },
      referral: [
        { region: 'lateral-upper-arm', zone: 'essential', culprit: 'occasional' },
        { region: 'middle-deltoid', zone: 'spillover', culprit: 'occasional' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-wrist', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-hand', zone: 'essential', culprit: 'common' },
        { region: 'thumb', zone: 'essential', culprit: 'occasional' },
        { region: 'index-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'middle-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the muscle is missing in many people; the pattern covers the outer arm down to the back of the hand and fingers, strongest over the thumb',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 20, Scalene muscles (scalenus minimus)' },
    { work: 'donnelly-2019', locator: 'chapter on the scalene muscles' },
    {
      work: 'simons-1999',
      locator:
        'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain; dorsal wrist and hand pain',
    },
  ],
});
