import { defineMuscle } from '../define-muscle.ts';

/** First dorsal interosseous: the fleshy web on the back of the hand; pain runs along the index finger. */
export const firstDorsalInterosseousHand = defineMuscle({
  id: 'first-dorsal-interosseous-hand',
  name: 'First dorsal interosseous (hand)',
  aliases: ['1st dorsal interosseous', 'first dorsal interosseus'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'first dorsal interosseous of hand',
    uberon: 'UBERON:0002988',
    fma: 'FMA:37424',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'moves the index finger toward the thumb',
    'steadies the index finger in pinch against the thumb',
  ],
  restricts: ['grip', 'thumb.opposition'],
  painfulOn: ['grip', 'thumb.opposition', 'finger.spreading'],
  perpetuatedBy: [
    'writing',
    'mouse-use',
    'knitting-crafts',
    'texting',
    'massage-work',
    'hand-tools',
    'playing-instrument',
  ],
  symptoms: ['stiff-fingers', 'hand-clumsiness'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand palm down and relaxed',
    method: 'pincer',
    howToFind:
      'pinch the fleshy web on the back of the hand between thumb and index finger and press toward the side of the index metacarpal; pushing the index finger toward the thumb against resistance makes it bulge',
  },
  treatment: {
    position: 'client supine, hand palm down on a pillow',
    pressure: 'pincer or flat thumb pressure against the index metacarpal, moving along the bone',
    expect: 'pain along the thumb side of the index finger, sometimes across the back of the hand',
  },
  selfCare: {
    pressure: 'pinch the web with the other hand, pressing toward the index finger bone; 30 to 60 seconds',
    stretch:
      'spread the index finger away from the thumb and pull the thumb back, helped by the other hand; hold 30 seconds',
  },
  cautions: [],
  related: [
    'adductor-pollicis',
    'dorsal-interossei-hand',
    'extensor-indicis',
    'opponens-pollicis',
    'abductor-digiti-minimi-hand',
  ],
  triggerPoints: [
    {
      id: 'first-dorsal-interosseous-hand.web',
      label: 'TrP1',
      location: {
        region: 'thumb-web',
        description: 'in the web on the back of the hand, close to the side of the index metacarpal',
      },
      referral: [
        { region: 'index-finger', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'common' },
        { region: 'palm', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the index finger pain runs along its thumb side; knobby finger joints (Heberden nodes) have been linked with interosseous points',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 40, Interosseous muscles of the hand' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: interossei' },
  ],
});
