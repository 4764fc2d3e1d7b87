import { defineMuscle } from '../define-muscle.ts';

/** Extensor digitorum: aching down the back of the forearm into the fingers it straightens. */
export const extensorDigitorum = defineMuscle({
  id: 'extensor-digitorum',
  name: 'Extensor digitorum',
  aliases: ['extensor digitorum communis', 'EDC', 'common finger extensor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'extensor digitorum communis',
    uberon: 'UBERON:0007612',
    fma: 'FMA:38500',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'straightens the index, middle, ring and little fingers at the knuckles',
    'helps bend the wrist back',
  ],
  restricts: ['finger.flexion', 'wrist.flexion', 'grip'],
  painfulOn: ['finger.extension', 'grip'],
  perpetuatedBy: [
    'typing',
    'playing-instrument',
    'mouse-use',
    'repetitive-gripping',
    'hand-tools',
    'massage-work',
    'knitting-crafts',
  ],
  symptoms: ['stiff-fingers', 'weak-grip'],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, forearm palm down and supported, fingers relaxed',
    method: 'flat',
    howToFind:
      'place the fingertips on the middle of the back of the forearm a few centimetres below the elbow and have the client lift one finger at a time; the part that moves under your fingers is the slip for that finger, and the band sits in it',
  },
  treatment: {
    position: 'client supine, forearm palm down on a pillow, fingers hanging relaxed over the edge',
    pressure: 'flat pressure straight down toward the bones, then stripping along the slip toward the wrist',
    expect: 'aching that runs over the back of the hand into the finger served by that slip',
  },
  selfCare: {
    pressure:
      'press into the back of the upper forearm with the other thumb while lifting and lowering the fingers to find the slip; 30 to 60 seconds',
    stretch:
      'elbow straight and palm down, curl the fingers into a fist and let the other hand bend the wrist down; hold 30 seconds',
  },
  cautions: ['radial-nerve'],
  related: [
    'extensor-carpi-radialis-brevis',
    'extensor-carpi-radialis-longus',
    'extensor-carpi-ulnaris',
    'extensor-indicis',
    'extensor-digiti-minimi',
    'supinator',
    'flexor-digitorum-superficialis',
    'dorsal-interossei-hand',
  ],
  triggerPoints: [
    {
      id: 'extensor-digitorum.middle-finger',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-radial',
        description: '3 to 4 cm below the head of the radius, in the slip that lifts the middle finger',
      },
      referral: [
        { region: 'middle-finger', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-hand', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-wrist', zone: 'spillover', culprit: 'primary' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the finger pain usually stops short of the nail',
    },
    {
      id: 'extensor-digitorum.ring-little',
      label: 'TrP2',
      location: {
        region: 'dorsal-forearm-ulnar',
        description:
          'a little lower and toward the little-finger side, in the slips that lift the ring and little fingers',
      },
      referral: [
        { region: 'ring-finger', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'lateral-epicondyle', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-forearm-ulnar', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 35, Extensor digitorum and extensor indicis muscles' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: finger extensors' },
    { work: 'donnelly-2019', locator: 'chapter on the finger extensor muscles' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal wrist and hand pain' },
  ],
});
