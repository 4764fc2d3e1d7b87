import { defineMuscle } from '../define-muscle.ts';

/** Extensor carpi radialis brevis: the most common muscular source of pain on the back of the wrist. */
export const extensorCarpiRadialisBrevis = defineMuscle({
  id: 'extensor-carpi-radialis-brevis',
  name: 'Extensor carpi radialis brevis',
  aliases: ['ECRB', 'short radial wrist extensor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'extensor carpi radialis brevis',
    uberon: 'UBERON:0001525',
    fma: 'FMA:38497',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the wrist straight back', 'steadies the wrist so the finger flexors can grip hard'],
  restricts: ['wrist.flexion', 'grip'],
  painfulOn: ['wrist.extension', 'grip'],
  perpetuatedBy: [
    'repetitive-gripping',
    'racquet-sports',
    'mouse-use',
    'typing',
    'hand-tools',
    'playing-instrument',
    'massage-work',
    'weight-training',
  ],
  symptoms: ['weak-grip', 'dropping-things'],
  entrapments: [
    'deep branch of the radial nerve (posterior interosseous nerve) against the firm upper edge of the muscle near the elbow: weakness of wrist and finger extension',
  ],
  palpation: {
    position: 'client supine or seated, forearm palm down and supported, elbow slightly bent',
    method: 'flat',
    howToFind:
      'about a hand width (5 to 6 cm) below the elbow crease on the back of the forearm, between the radial wrist extensor bulge and the finger extensor; resisted wrist extension with the hand held straight makes it firm',
  },
  treatment: {
    position: 'client supine, forearm palm down on a pillow, wrist relaxed',
    pressure: 'flat thumb pressure straight down onto the band, then gentle stripping toward the wrist',
    expect: 'a deep ache on the back of the wrist and hand',
  },
  selfCare: {
    pressure:
      'press with the thumb of the other hand a hand width below the outer elbow, or roll the forearm slowly on a ball; 30 to 60 seconds',
    stretch:
      'straighten the elbow, palm down, make a loose fist and let the other hand bend the wrist down; hold 30 seconds',
  },
  cautions: ['radial-nerve'],
  related: [
    'extensor-carpi-radialis-longus',
    'extensor-digitorum',
    'extensor-carpi-ulnaris',
    'supinator',
    'extensor-indicis',
    'flexor-carpi-radialis',
  ],
  triggerPoints: [
    {
      id: 'extensor-carpi-radialis-brevis.mid-belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-radial',
        description:
          '5 to 6 cm below the elbow crease, in the belly between the longer radial extensor and the finger extensor',
      },
      referral: [
        { region: 'dorsal-wrist', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-hand', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 34, Hand extensor and brachioradialis muscles' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: wrist extensors' },
    { work: 'donnelly-2019', locator: 'chapter on the wrist extensor and brachioradialis muscles' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain' },
  ],
});
