import { defineMuscle } from '../define-muscle.ts';

/** Anconeus: a small muscle behind the outer elbow that adds to tennis elbow pain. */
export const anconeus = defineMuscle({
  id: 'anconeus',
  name: 'Anconeus',
  aliases: ['anconeus muscle', 'fourth head of triceps'],
  area: 'arm',
  paired: true,
  identifiers: {
    tableName: 'anconeus',
    uberon: 'UBERON:0002989',
    fma: 'FMA:37704',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['helps straighten the elbow', 'steadies the elbow joint while the forearm turns'],
  restricts: ['elbow.flexion'],
  painfulOn: ['elbow.extension'],
  perpetuatedBy: ['hand-tools', 'racquet-sports', 'repetitive-gripping', 'typing', 'mouse-use'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, elbow slightly bent and the forearm resting palm down',
    method: 'flat',
    howToFind:
      'find the small triangle of muscle between the outer epicondyle and the point of the elbow, just below the joint line',
  },
  treatment: {
    position: 'client supine with the forearm resting palm down on the body',
    pressure:
      'flat fingertip or thumb compression against the bone just behind and below the outer epicondyle',
    expect: 'a sharp, local ache at the outer elbow',
  },
  selfCare: {
    pressure:
      'press a fingertip into the hollow between the outer elbow bone and the point of the elbow, 30 to 60 seconds',
    stretch:
      'bend the elbow fully and gently turn the palm up and down while holding the bend; hold 30 seconds',
  },
  cautions: [],
  related: [
    'triceps-medial-head',
    'triceps-lateral-head',
    'supinator',
    'extensor-carpi-radialis-longus',
    'brachioradialis',
  ],
  triggerPoints: [
    {
      id: 'anconeus.central',
      label: 'TrP1',
      location: {
        region: 'lateral-epicondyle',
        description: 'just behind and below the outer epicondyle, toward the point of the elbow',
      },
      referral: [{ region: 'lateral-epicondyle', zone: 'essential', culprit: 'common' }],
      laterality: 'ipsilateral',
      note: 'local pain at the outer elbow',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 32, Triceps brachii muscle (and anconeus)' },
    { work: 'davies-2013', locator: 'anconeus section' },
  ],
});
