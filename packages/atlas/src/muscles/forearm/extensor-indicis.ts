import { defineMuscle } from '../define-muscle.ts';

/** Extensor indicis: a deep lower-forearm muscle that aches on the back of the wrist and hand. */
export const extensorIndicis = defineMuscle({
  id: 'extensor-indicis',
  name: 'Extensor indicis',
  aliases: ['extensor indicis proprius', 'index finger extensor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'extensor indicis',
    fma: 'FMA:38524',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['straightens the index finger on its own, as in pointing', 'helps bend the wrist back'],
  restricts: ['finger.flexion', 'wrist.flexion'],
  painfulOn: ['finger.extension'],
  perpetuatedBy: ['mouse-use', 'typing', 'playing-instrument', 'writing', 'knitting-crafts'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, forearm palm down, index finger free to move',
    method: 'flat',
    howToFind:
      'on the back of the lower forearm, about a hand width above the wrist and a little toward the ulna, between the two forearm bones; press through the overlying tendons while the client lifts the index finger',
  },
  treatment: {
    position: 'client supine, forearm palm down on a pillow',
    pressure:
      'firm flat pressure down between the bones, as the muscle lies under the finger extensor tendons',
    expect: 'an ache on the back of the wrist and hand on the thumb side',
  },
  selfCare: {
    pressure: 'press between the forearm bones above the wrist with the other thumb; 30 to 60 seconds',
    stretch:
      'curl the index finger into the palm, then bend the wrist down with the elbow straight; hold 30 seconds',
  },
  cautions: [],
  related: ['extensor-digitorum', 'extensor-carpi-radialis-brevis', 'first-dorsal-interosseous-hand'],
  triggerPoints: [
    {
      id: 'extensor-indicis.lower-forearm',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-ulnar',
        description: 'middle of the lower half of the back of the forearm, between radius and ulna',
      },
      referral: [
        { region: 'dorsal-hand', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-wrist', zone: 'essential', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain sits on the thumb side of the back of the hand and does not usually reach the finger',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 35, Extensor digitorum and extensor indicis muscles' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: finger extensors' },
  ],
});
