import { defineMuscle } from '../define-muscle.ts';

/** Flexor digitorum superficialis: sharp pain along the front of the fingers, sometimes shooting past the tip. */
export const flexorDigitorumSuperficialis = defineMuscle({
  id: 'flexor-digitorum-superficialis',
  name: 'Flexor digitorum superficialis',
  aliases: ['FDS', 'flexor digitorum sublimis', 'superficial finger flexor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'flexor digitorum superficialis',
    uberon: 'UBERON:0003222',
    fma: 'FMA:38469',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the middle joints of the four fingers', 'helps bend the knuckles and the wrist'],
  restricts: ['finger.extension', 'wrist.extension', 'grip'],
  painfulOn: ['finger.flexion', 'grip'],
  perpetuatedBy: [
    'repetitive-gripping',
    'hand-tools',
    'gripping-steering-wheel',
    'climbing',
    'playing-instrument',
    'writing',
    'massage-work',
    'gardening',
  ],
  symptoms: ['stiff-fingers', 'trigger-finger', 'weak-grip'],
  entrapments: [
    'median nerve under the fibrous arch between the two heads of the muscle in the upper forearm: tingling in the thumb, index and middle fingers',
  ],
  palpation: {
    position: 'client supine, forearm palm up and supported, fingers relaxed',
    method: 'flat',
    howToFind:
      'search the middle of the front of the forearm, from about a third to halfway down; have the client press one fingertip at a time into your hand and feel which part of the belly tightens',
  },
  treatment: {
    position: 'client supine, forearm palm up, wrist straight and fingers relaxed',
    pressure: 'flat pressure through the wrist flexors onto the band, then stripping toward the wrist',
    expect:
      'pain along the front of the finger served by that part, sometimes felt to shoot out beyond the fingertip',
  },
  selfCare: {
    pressure:
      'press the middle of the front of the forearm with the other thumb while wiggling the fingers to find the tender part; 30 to 60 seconds',
    stretch:
      'elbow straight and palm up, bend the fingers and then the wrist back with the other hand; hold 30 seconds',
  },
  cautions: ['median-nerve'],
  related: [
    'flexor-digitorum-profundus',
    'flexor-carpi-radialis',
    'flexor-carpi-ulnaris',
    'palmaris-longus',
    'extensor-digitorum',
    'lumbricals-hand',
  ],
  triggerPoints: [
    {
      id: 'flexor-digitorum-superficialis.radial-part',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-radial',
        description:
          'middle of the front of the forearm, just to the thumb side of the midline, in the part that bends the middle finger',
      },
      referral: [
        { region: 'middle-finger', zone: 'essential', culprit: 'primary' },
        { region: 'palm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the finger pain may feel as if it shoots out past the tip',
    },
    {
      id: 'flexor-digitorum-superficialis.ulnar-part',
      label: 'TrP2',
      location: {
        region: 'volar-forearm-ulnar',
        description:
          'a little higher and toward the little-finger side, in the part that bends the ring and little fingers',
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
