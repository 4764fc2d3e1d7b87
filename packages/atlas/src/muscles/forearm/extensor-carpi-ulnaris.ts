import { defineMuscle } from '../define-muscle.ts';

/** Extensor carpi ulnaris: pain on the little-finger side of the back of the wrist. */
export const extensorCarpiUlnaris = defineMuscle({
  id: 'extensor-carpi-ulnaris',
  name: 'Extensor carpi ulnaris',
  aliases: ['ECU', 'ulnar wrist extensor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'extensor carpi ulnaris',
    uberon: 'UBERON:0001526',
    fma: 'FMA:38506',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the wrist back and toward the little finger',
    'steadies the wrist on the little-finger side during grip',
  ],
  restricts: ['wrist.flexion', 'wrist.radial_deviation'],
  painfulOn: ['wrist.extension', 'wrist.ulnar_deviation', 'grip'],
  perpetuatedBy: [
    'typing',
    'mouse-use',
    'racquet-sports',
    'hand-tools',
    'playing-instrument',
    'repetitive-gripping',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, forearm palm down on a pillow',
    method: 'flat-or-pincer',
    howToFind:
      'follow the sharp back edge of the ulna down from the elbow; the muscle lies just beside it, and the band is usually 7 to 8 cm below the outer elbow; resisted movement of the hand back and toward the little finger firms it',
  },
  treatment: {
    position: 'client supine, forearm palm down, elbow slightly bent',
    pressure: 'flat thumb pressure against the ulna, or a pincer grip along the ulnar border',
    expect: 'an ache on the little-finger side of the back of the wrist',
  },
  selfCare: {
    pressure:
      'press along the little-finger edge of the back of the forearm with the other thumb; 30 to 60 seconds',
    stretch:
      'elbow straight and palm down, let the other hand bend the wrist down and toward the thumb; hold 30 seconds',
  },
  cautions: [],
  related: [
    'extensor-carpi-radialis-longus',
    'extensor-carpi-radialis-brevis',
    'flexor-carpi-ulnaris',
    'extensor-digitorum',
    'extensor-digiti-minimi',
    'anconeus',
  ],
  triggerPoints: [
    {
      id: 'extensor-carpi-ulnaris.upper-belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-ulnar',
        description: '7 to 8 cm below the outer elbow, against the back edge of the ulna',
      },
      referral: [
        { region: 'ulnar-wrist', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-wrist', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 34, Hand extensor and brachioradialis muscles' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: wrist extensors' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal wrist and hand pain' },
  ],
});
