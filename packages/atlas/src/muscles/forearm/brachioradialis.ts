import { defineMuscle } from '../define-muscle.ts';

/** Brachioradialis: outer-elbow ache with pain in the web of the thumb, often from gripping. */
export const brachioradialis = defineMuscle({
  id: 'brachioradialis',
  name: 'Brachioradialis',
  aliases: ['supinator longus (old name)', 'BR'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'brachioradialis',
    uberon: 'UBERON:0011011',
    fma: 'FMA:38485',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the elbow, most strongly with the hand held thumb-up',
    'turns the forearm back toward the thumb-up position from fully palm-up or fully palm-down',
  ],
  restricts: ['elbow.extension', 'grip'],
  painfulOn: ['elbow.flexion', 'grip'],
  perpetuatedBy: [
    'repetitive-gripping',
    'hand-tools',
    'racquet-sports',
    'gardening',
    'carrying-by-handle',
    'weight-training',
    'mouse-use',
  ],
  symptoms: ['weak-grip', 'dropping-things'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back or seated, forearm resting thumb-up with the elbow slightly bent',
    method: 'pincer',
    howToFind:
      'lift the soft bulge on the thumb side of the forearm just below the elbow crease away from the radius and roll it between thumb and fingers; resisted elbow bending with the thumb up makes it stand out',
  },
  treatment: {
    position: 'client supine, forearm supported thumb-up on a pillow, elbow bent about 30 degrees',
    pressure:
      'pincer compression on the band, or slow thumb pressure toward the radius, held until the band softens',
    expect:
      'an ache that spreads to the web of the thumb and sometimes to the outer elbow, easing during the hold',
  },
  selfCare: {
    pressure:
      'grip the top of the forearm just below the elbow with the other hand and squeeze the tender spot, or rest the forearm on a ball on the table; 30 to 60 seconds',
    stretch:
      'straighten the elbow fully with the palm turned down, then let the other hand bend the wrist down and toward the little finger; hold 30 seconds',
  },
  cautions: ['radial-nerve'],
  related: [
    'extensor-carpi-radialis-longus',
    'supinator',
    'brachialis',
    'biceps-brachii',
    'extensor-digitorum',
    'adductor-pollicis',
    'first-dorsal-interosseous-hand',
  ],
  triggerPoints: [
    {
      id: 'brachioradialis.upper-belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-radial',
        description:
          'deep in the belly 1 to 2 cm below the elbow crease, on top of the radius on the thumb side',
      },
      referral: [
        { region: 'thumb-web', zone: 'essential', culprit: 'common' },
        { region: 'lateral-epicondyle', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'primary' },
        { region: 'radial-wrist', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'often found together with extensor carpi radialis longus points just behind it',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 34, Hand extensor and brachioradialis muscles' },
    {
      work: 'simons-1999',
      locator:
        'forearm and hand pain guide: outer-elbow pain (second, after supinator); base-of-thumb pain (listed well after supinator)',
    },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: brachioradialis' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain' },
  ],
});
