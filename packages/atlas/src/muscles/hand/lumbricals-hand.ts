import { defineMuscle } from '../define-muscle.ts';

/** Lumbricals of the hand: slim muscles on the flexor tendons in the palm, referring along the fingers. */
export const lumbricalsHand = defineMuscle({
  id: 'lumbricals-hand',
  name: 'Lumbricals (hand)',
  aliases: ['lumbrical muscles of the hand', 'lumbricales'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'lumbrical of hand',
    uberon: 'UBERON:0001501',
    fma: 'FMA:37385',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'bend the knuckles while straightening the finger joints',
    'fine-tune finger position in typing and playing',
  ],
  restricts: ['finger.extension', 'finger.flexion'],
  painfulOn: ['grip'],
  perpetuatedBy: ['typing', 'playing-instrument', 'writing', 'knitting-crafts', 'repetitive-gripping'],
  symptoms: ['stiff-fingers', 'hand-clumsiness'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand palm up, fingers slightly bent',
    method: 'flat',
    howToFind:
      'in the palm between the knuckle crease and the middle of the palm, press on the thumb side of each flexor tendon; the lumbrical lies there against the tendon',
  },
  treatment: {
    position: 'client supine, hand palm up on a pillow, fingers relaxed',
    pressure: 'light to moderate fingertip pressure beside each tendon, short holds',
    expect: 'aching along the finger served, mostly on its thumb side',
  },
  selfCare: {
    pressure: 'press beside each tendon in the palm with the other thumb; 20 to 30 seconds each',
    stretch:
      'bend the fingertips into a hook while keeping the knuckles straight, then press the fingers back flat; hold 20 seconds',
  },
  cautions: ['median-nerve'],
  related: [
    'palmar-interossei-hand',
    'dorsal-interossei-hand',
    'flexor-digitorum-profundus',
    'flexor-digitorum-superficialis',
  ],
  triggerPoints: [
    {
      id: 'lumbricals-hand.radial-pair',
      label: 'L1-2',
      location: {
        region: 'palm',
        description: 'beside the index and middle finger flexor tendons, in the middle of the palm',
      },
      referral: [
        { region: 'index-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'middle-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'palm', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the reference describes these like the interossei: pain along the finger they serve',
    },
    {
      id: 'lumbricals-hand.ulnar-pair',
      label: 'L3-4',
      location: {
        region: 'palm',
        description:
          'beside the ring and little finger flexor tendons, toward the little-finger side of the palm',
      },
      referral: [
        { region: 'ring-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'little-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'palm', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [{ work: 'simons-1999', locator: 'ch. 40, Interosseous muscles of the hand (lumbricals)' }],
});
