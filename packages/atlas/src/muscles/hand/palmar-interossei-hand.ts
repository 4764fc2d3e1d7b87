import { defineMuscle } from '../define-muscle.ts';

/** Palmar interossei: small muscles between the metacarpals that refer along the side of a finger. */
export const palmarInterosseiHand = defineMuscle({
  id: 'palmar-interossei-hand',
  name: 'Palmar interossei (hand)',
  aliases: ['volar interossei', 'palmar interosseous muscles'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'palmar hand interosseus muscle',
    uberon: 'UBERON:0006505',
    fma: 'FMA:37419',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05)',
  },
  actions: [
    'draw the index, ring and little fingers toward the middle finger',
    'help bend the knuckles while straightening the finger joints',
  ],
  restricts: ['finger.spreading', 'finger.flexion'],
  painfulOn: ['grip'],
  perpetuatedBy: ['typing', 'playing-instrument', 'repetitive-gripping', 'knitting-crafts', 'writing'],
  symptoms: ['stiff-fingers', 'hand-clumsiness'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand palm up and relaxed',
    method: 'flat-or-pincer',
    howToFind:
      'from the palm, press between the metacarpal bones beside the flexor tendons, with a finger on the back of the hand opposite for a pincer; squeezing the fingers together against resistance makes them firm',
  },
  treatment: {
    position: 'client supine, hand palm up, fingers relaxed and slightly bent',
    pressure:
      'fingertip pressure between the bones beside the tendons, rather than on the tendons themselves',
    expect: 'aching along the side of one finger',
  },
  selfCare: {
    pressure: 'press between the bones from the palm with the other thumb; 30 seconds each',
    stretch: 'spread the fingers wide on a table and hold 20 to 30 seconds',
  },
  cautions: [],
  related: [
    'dorsal-interossei-hand',
    'first-dorsal-interosseous-hand',
    'lumbricals-hand',
    'flexor-digitorum-superficialis',
  ],
  triggerPoints: [
    {
      id: 'palmar-interossei-hand.first',
      label: 'PI1',
      location: {
        region: 'palm',
        description: 'between the index and middle finger metacarpals, from the palm side',
      },
      referral: [{ region: 'index-finger', zone: 'essential', culprit: 'common' }],
      laterality: 'ipsilateral',
      note: 'pain along the middle-finger side of the index finger',
    },
    {
      id: 'palmar-interossei-hand.second',
      label: 'PI2',
      location: {
        region: 'palm',
        description: 'between the middle and ring finger metacarpals, from the palm side',
      },
      referral: [{ region: 'ring-finger', zone: 'essential', culprit: 'common' }],
      laterality: 'ipsilateral',
    },
    {
      id: 'palmar-interossei-hand.third',
      label: 'PI3',
      location: {
        region: 'palm',
        description: 'between the ring and little finger metacarpals, from the palm side',
      },
      referral: [{ region: 'little-finger', zone: 'essential', culprit: 'common' }],
      laterality: 'ipsilateral',
    },
  ],
  sources: [{ work: 'simons-1999', locator: 'ch. 40, Interosseous muscles of the hand' }],
});
