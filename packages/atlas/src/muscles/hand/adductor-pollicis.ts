import { defineMuscle } from '../define-muscle.ts';

/** Adductor pollicis: aching along the outside of the thumb and its base, from pinching and gripping. */
export const adductorPollicis = defineMuscle({
  id: 'adductor-pollicis',
  name: 'Adductor pollicis',
  aliases: ['thumb adductor'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'adductor pollicis',
    uberon: 'UBERON:0002962',
    fma: 'FMA:37380',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the thumb in against the side of the hand and the index finger',
    'gives force to pinch and to a key grip',
  ],
  restricts: ['thumb.abduction', 'thumb.extension'],
  painfulOn: ['grip', 'thumb.opposition'],
  perpetuatedBy: [
    'writing',
    'texting',
    'knitting-crafts',
    'gardening',
    'massage-work',
    'repetitive-gripping',
    'hand-tools',
    'playing-instrument',
  ],
  symptoms: ['hand-clumsiness', 'weak-grip'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand resting palm up, thumb relaxed',
    method: 'pincer',
    howToFind:
      'take the web between thumb and index finger in a pincer grip, thumb on the palm side and finger on the back, and slide toward the palm; the bands run across the web toward the middle of the palm',
  },
  treatment: {
    position: 'client supine, hand supported palm up, thumb gently opened away from the index finger',
    pressure: 'pincer compression across the web, working from the free edge in toward the palm',
    expect: 'an ache at the base of the thumb and along its outer side',
  },
  selfCare: {
    pressure:
      'squeeze the web with the thumb and index finger of the other hand, palm side firmest; 30 to 60 seconds',
    stretch:
      'spread the thumb away from the index finger as far as is comfortable, helped by the other hand; hold 30 seconds',
  },
  cautions: [],
  related: [
    'opponens-pollicis',
    'first-dorsal-interosseous-hand',
    'flexor-pollicis-brevis',
    'flexor-pollicis-longus',
    'supinator',
    'brachioradialis',
  ],
  triggerPoints: [
    {
      id: 'adductor-pollicis.transverse-head',
      label: 'TrP1',
      location: {
        region: 'thumb-web',
        description: 'in the free edge of the web between thumb and index finger, felt from the palm side',
      },
      referral: [
        { region: 'thumb', zone: 'essential', culprit: 'common' },
        { region: 'radial-wrist', zone: 'essential', culprit: 'common' },
        { region: 'thenar', zone: 'spillover', culprit: 'common' },
        { region: 'thumb-web', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'adductor-pollicis.oblique-head',
      label: 'TrP2',
      location: {
        region: 'palm',
        description: 'deeper in the palm, toward the base of the index and middle finger bones',
      },
      referral: [
        { region: 'thumb', zone: 'essential', culprit: 'common' },
        { region: 'radial-wrist', zone: 'essential', culprit: 'common' },
        { region: 'thenar', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 39, Adductor and opponens pollicis muscles' },
    {
      work: 'simons-1999',
      locator: 'forearm and hand pain guide: base-of-thumb pain, listed after supinator and brachialis',
    },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: thumb muscles' },
  ],
});
