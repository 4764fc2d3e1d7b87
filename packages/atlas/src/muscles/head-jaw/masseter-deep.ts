import { defineMuscle } from '../define-muscle.ts';

/** Deep masseter: the inner layer just below the jaw joint; refers deep into the ear and can cause one-sided tinnitus. */
export const masseterDeep = defineMuscle({
  id: 'masseter-deep',
  name: 'Masseter, deep layer',
  aliases: ['deep masseter', 'deep part of masseter'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'deep part of masseter muscle',
    uberon: 'UBERON:0010995',
    fma: 'FMA:49003',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'closes the jaw and steadies the jaw joint during biting',
    'its back fibres help draw the lower jaw backward',
  ],
  restricts: ['jaw.opening', 'jaw.lateral_deviation'],
  painfulOn: ['jaw.closing'],
  perpetuatedBy: [
    'teeth-clenching',
    'bruxism',
    'chewing-gum',
    'hard-chewy-food',
    'emotional-stress',
    'forward-head-posture',
    'ill-fitting-dental-appliance',
  ],
  symptoms: ['tinnitus', 'ear-fullness', 'restricted-mouth-opening'],
  entrapments: [],
  palpation: {
    position: 'client supine, mouth slightly open so the joint glides forward a little',
    method: 'flat-or-pincer',
    howToFind:
      'find the jaw joint in front of the ear, then slide down just below the cheekbone at the back edge of the muscle; deep tenderness here, under the superficial layer, belongs to the deep part',
  },
  treatment: {
    position: 'client supine, head turned slightly away, jaw hanging loose',
    pressure:
      'steady flat pressure with one fingertip just below the cheekbone in front of the ear, angled slightly inward',
    expect:
      'a deep ache in the ear or jaw joint; ear noise may briefly change or ease during or after the hold',
  },
  selfCare: {
    pressure:
      'press one fingertip just in front of the ear below the cheekbone with the teeth apart, 30 to 60 seconds',
    stretch:
      'let the jaw drop open slowly with the tongue relaxed, then add gentle downward pressure with two fingers on the lower teeth; hold 20 to 30 seconds',
  },
  cautions: ['facial-nerve'],
  related: [
    'masseter-superficial',
    'lateral-pterygoid',
    'medial-pterygoid',
    'temporalis',
    'sternocleidomastoid-clavicular',
  ],
  triggerPoints: [
    {
      id: 'masseter-deep.posterior-upper',
      label: 'TrP4',
      location: {
        region: 'tmj',
        description:
          'upper back part of the deep layer, just below the cheekbone and in front of the jaw joint',
      },
      referral: [
        { region: 'deep-ear', zone: 'essential', culprit: 'primary' },
        { region: 'tmj', zone: 'essential', culprit: 'primary' },
        { region: 'cheek', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'may cause ringing in the ear on the same side; the pain is often taken for an ear or joint problem',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 8, Masseter muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the masseter muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Masseter' },
  ],
});
