import { defineMuscle } from '../define-muscle.ts';

/** Abductor digiti minimi (hand): pain along the outside of the little finger. */
export const abductorDigitiMinimiHand = defineMuscle({
  id: 'abductor-digiti-minimi-hand',
  name: 'Abductor digiti minimi (hand)',
  aliases: ['abductor digiti quinti', 'little finger abductor'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'abductor digiti minimi of hand',
    uberon: 'UBERON:0036173',
    fma: 'FMA:37382',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'moves the little finger away from the ring finger',
    'helps bend the little finger at its knuckle',
  ],
  restricts: ['finger.spreading'],
  painfulOn: ['finger.spreading'],
  perpetuatedBy: ['typing', 'playing-instrument', 'mouse-use', 'repetitive-gripping', 'writing'],
  symptoms: ['stiff-fingers'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand resting on its thumb side or palm up',
    method: 'pincer',
    howToFind:
      'grip the fleshy outer edge of the hand between thumb and fingers along the fifth metacarpal; spreading the little finger against resistance makes it firm',
  },
  treatment: {
    position: 'client supine, hand palm up and supported',
    pressure: 'pincer compression along the outer edge of the hand, or thumb pressure against the bone',
    expect: 'pain along the outside of the little finger',
  },
  selfCare: {
    pressure: 'pinch the outer edge of the hand with the other hand; 30 seconds',
    stretch:
      'pull the little finger in toward the ring finger and slightly back with the other hand; hold 20 to 30 seconds',
  },
  cautions: ['ulnar-nerve'],
  related: [
    'dorsal-interossei-hand',
    'palmar-interossei-hand',
    'extensor-digiti-minimi',
    'flexor-carpi-ulnaris',
  ],
  triggerPoints: [
    {
      id: 'abductor-digiti-minimi-hand.outer-edge',
      label: 'TrP1',
      location: {
        region: 'hypothenar',
        description: 'in the outer edge of the hand along the little finger metacarpal',
      },
      referral: [
        { region: 'little-finger', zone: 'essential', culprit: 'primary' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 40, Interosseous muscles of the hand (abductor digiti minimi)' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: abductor digiti minimi' },
  ],
});
