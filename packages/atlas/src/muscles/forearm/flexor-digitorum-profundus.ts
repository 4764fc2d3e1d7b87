import { defineMuscle } from '../define-muscle.ts';

/** Flexor digitorum profundus: deep finger flexor whose pattern runs along the front of the fingers. */
export const flexorDigitorumProfundus = defineMuscle({
  id: 'flexor-digitorum-profundus',
  name: 'Flexor digitorum profundus',
  aliases: ['FDP', 'deep finger flexor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'flexor digitorum profundus',
    uberon: 'UBERON:0001523',
    fma: 'FMA:38478',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the end joints of the four fingers',
    'helps bend the other finger joints and the wrist in a strong grip',
  ],
  restricts: ['finger.extension', 'wrist.extension', 'grip'],
  painfulOn: ['finger.flexion', 'grip'],
  perpetuatedBy: [
    'repetitive-gripping',
    'climbing',
    'hand-tools',
    'gripping-steering-wheel',
    'playing-instrument',
    'typing',
  ],
  symptoms: ['stiff-fingers', 'weak-grip'],
  entrapments: [],
  palpation: {
    position: 'client supine, forearm palm up and turned slightly outward, fingers relaxed',
    method: 'flat',
    howToFind:
      'press in from the little-finger edge of the upper forearm, under the ulnar wrist flexor, toward the front of the ulna; have the client bend the fingertips alone to feel the deep belly tighten',
  },
  treatment: {
    position: 'client supine, forearm palm up, wrist straight',
    pressure:
      'slow, deeper flat pressure toward the ulna, giving the superficial muscles time to soften first',
    expect: 'pain along the front of the fingers, similar to the superficial flexor but from deeper pressure',
  },
  selfCare: {
    pressure:
      'press into the inner edge of the upper forearm toward the bone with the other thumb; 30 to 60 seconds',
    stretch:
      'elbow straight and palm up, straighten the fingertips and bend the wrist back with the other hand; hold 30 seconds',
  },
  cautions: ['ulnar-nerve'],
  related: [
    'flexor-digitorum-superficialis',
    'flexor-carpi-ulnaris',
    'flexor-pollicis-longus',
    'lumbricals-hand',
    'extensor-digitorum',
  ],
  triggerPoints: [
    {
      id: 'flexor-digitorum-profundus.middle-finger-part',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-ulnar',
        description:
          'deep in the upper half of the forearm near the midline, in the part serving the index and middle fingers',
      },
      referral: [
        { region: 'middle-finger', zone: 'essential', culprit: 'primary' },
        { region: 'index-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'palm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the reference charts the deep and superficial finger flexors together; depth of pressure tells them apart',
    },
    {
      id: 'flexor-digitorum-profundus.ulnar-part',
      label: 'TrP2',
      location: {
        region: 'volar-forearm-ulnar',
        description:
          'deep along the front of the ulna in the upper third of the forearm, in the part serving the ring and little fingers',
      },
      referral: [
        { region: 'ring-finger', zone: 'essential', culprit: 'primary' },
        { region: 'little-finger', zone: 'essential', culprit: 'common' },
        { region: 'palm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 38, Hand and finger flexors in the forearm' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: finger flexors' },
  ],
});
