import { defineMuscle } from '../define-muscle.ts';

/** Second to fourth dorsal interossei: pain along the sides of the middle and ring fingers. */
export const dorsalInterosseiHand = defineMuscle({
  id: 'dorsal-interossei-hand',
  name: 'Dorsal interossei (hand), second to fourth',
  aliases: ['dorsal interosseous muscles of the hand', 'dorsal interossei'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'dorsal interosseous of hand',
    uberon: 'UBERON:0001503',
    fma: 'FMA:37418',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'spread the fingers away from the middle finger',
    'bend the knuckles while straightening the finger joints, as in a flat pinch',
  ],
  restricts: ['finger.spreading', 'finger.flexion', 'grip'],
  painfulOn: ['finger.spreading', 'grip'],
  perpetuatedBy: [
    'typing',
    'playing-instrument',
    'repetitive-gripping',
    'knitting-crafts',
    'massage-work',
    'hand-tools',
  ],
  symptoms: ['stiff-fingers', 'hand-clumsiness'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand palm down and relaxed',
    method: 'flat-or-pincer',
    howToFind:
      'press between the metacarpal bones on the back of the hand, from the knuckles toward the wrist; a pincer with one finger in the palm between the same bones helps; spreading the fingers against resistance makes each muscle firm',
  },
  treatment: {
    position: 'client supine, hand palm down on a pillow',
    pressure: 'fingertip pressure between the bones, or a pincer from back and palm at the same time',
    expect: 'pain along the side of the finger the muscle attaches to, often as far as the end joint',
  },
  selfCare: {
    pressure:
      'press between the bones on the back of the hand with the other index finger or a pencil eraser; 30 seconds each',
    stretch:
      'with the palm flat on a table, gently press neighbouring fingers together and then spread them apart; hold each 20 seconds',
  },
  cautions: [],
  related: [
    'first-dorsal-interosseous-hand',
    'palmar-interossei-hand',
    'lumbricals-hand',
    'extensor-digitorum',
    'abductor-digiti-minimi-hand',
  ],
  triggerPoints: [
    {
      id: 'dorsal-interossei-hand.second',
      label: 'DI2',
      location: {
        region: 'dorsal-hand',
        description: 'between the index and middle finger metacarpals, on the back of the hand',
      },
      referral: [
        { region: 'middle-finger', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain along the thumb side of the middle finger',
    },
    {
      id: 'dorsal-interossei-hand.third',
      label: 'DI3',
      location: {
        region: 'dorsal-hand',
        description: 'between the middle and ring finger metacarpals, on the back of the hand',
      },
      referral: [
        { region: 'middle-finger', zone: 'essential', culprit: 'common' },
        { region: 'ring-finger', zone: 'essential', culprit: 'common' },
        { region: 'palm', zone: 'spillover', culprit: 'occasional' },
        { region: 'volar-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'experimental pattern: between the middle and ring fingers, often out to their tips and over the little-finger side of the palm',
    },
    {
      id: 'dorsal-interossei-hand.fourth',
      label: 'DI4',
      location: {
        region: 'dorsal-hand',
        description: 'between the ring and little finger metacarpals, on the back of the hand',
      },
      referral: [
        { region: 'ring-finger', zone: 'essential', culprit: 'common' },
        { region: 'little-finger', zone: 'essential', culprit: 'common' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'ulnar-wrist', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'experimental pattern: between the ring and little fingers and over the heel of the hand',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 40, Interosseous muscles of the hand' },
    { work: 'choi-2015-dorsal-interossei', locator: 'Results' },
  ],
});
