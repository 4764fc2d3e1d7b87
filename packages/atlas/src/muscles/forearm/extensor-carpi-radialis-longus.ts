import { defineMuscle } from '../define-muscle.ts';

/** Extensor carpi radialis longus: a classic source of outer-elbow ("tennis elbow") pain. */
export const extensorCarpiRadialisLongus = defineMuscle({
  id: 'extensor-carpi-radialis-longus',
  name: 'Extensor carpi radialis longus',
  aliases: ['ECRL', 'long radial wrist extensor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'extensor carpi radialis longus',
    uberon: 'UBERON:0001524',
    fma: 'FMA:38494',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the wrist back and toward the thumb',
    'holds the wrist steady in extension while the fingers grip',
    'helps bend the elbow',
  ],
  restricts: ['wrist.flexion', 'wrist.ulnar_deviation', 'grip'],
  painfulOn: ['wrist.extension', 'grip', 'wrist.radial_deviation'],
  perpetuatedBy: [
    'repetitive-gripping',
    'racquet-sports',
    'mouse-use',
    'typing',
    'hand-tools',
    'gardening',
    'playing-instrument',
    'carrying-by-handle',
  ],
  symptoms: ['weak-grip', 'dropping-things'],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, elbow bent about 30 degrees, forearm resting palm down',
    method: 'flat-or-pincer',
    howToFind:
      'start at the outer elbow and slide 1 to 2 cm down, just behind the brachioradialis; have the client lift the hand back toward the thumb against light resistance to feel the belly tighten, then search it across the fibres',
  },
  treatment: {
    position: 'client supine, forearm palm down on a pillow, hand relaxed over the edge',
    pressure: 'thumb pressure into the band against the radius, followed by slow stripping toward the wrist',
    expect: 'an ache at the outer elbow and on the back of the hand near the base of the thumb',
  },
  selfCare: {
    pressure:
      'press the tender spot just below the outer elbow with the thumb of the other hand, or lean the forearm on a ball; 30 to 60 seconds, a few times a day',
    stretch:
      'with the elbow straight and the palm down, let the other hand bend the wrist down and toward the little finger; hold 30 seconds',
  },
  cautions: ['radial-nerve'],
  related: [
    'extensor-carpi-radialis-brevis',
    'brachioradialis',
    'supinator',
    'extensor-digitorum',
    'extensor-carpi-ulnaris',
    'flexor-carpi-radialis',
    'triceps-medial-head',
  ],
  triggerPoints: [
    {
      id: 'extensor-carpi-radialis-longus.upper-belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-radial',
        description:
          '1 to 2 cm below the outer elbow, about level with the elbow crease, just behind the brachioradialis',
      },
      referral: [
        { region: 'lateral-epicondyle', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-hand', zone: 'essential', culprit: 'primary' },
        { region: 'radial-wrist', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'primary' },
        { region: 'dorsal-wrist', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 34, Hand extensor and brachioradialis muscles' },
    {
      work: 'simons-1999',
      locator:
        'forearm and hand pain guide: outer-elbow (lateral epicondyle) pain, after supinator and brachioradialis',
    },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: wrist extensors' },
    { work: 'donnelly-2019', locator: 'chapter on the wrist extensor and brachioradialis muscles' },
    {
      work: 'simons-1999',
      locator:
        'Part 3 (elbow to finger) pain guide: lateral epicondylar pain; dorsal and radial forearm pain; dorsal wrist and hand pain',
    },
  ],
});
