import { defineMuscle } from '../define-muscle.ts';

/** Triceps, medial head: the deep head; refers to the outer and inner elbow and the point of the elbow. */
export const tricepsMedialHead = defineMuscle({
  id: 'triceps-medial-head',
  name: 'Triceps brachii, medial head',
  aliases: ['medial head of triceps', 'deep head of triceps', 'triceps'],
  area: 'arm',
  paired: true,
  identifiers: {
    tableName: 'medial head of triceps brachii',
    fma: 'FMA:37693',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['straightens the elbow in every position; it does most of the everyday work of the triceps'],
  restricts: ['elbow.flexion'],
  painfulOn: ['elbow.extension'],
  perpetuatedBy: [
    'crutch-use',
    'push-ups',
    'racquet-sports',
    'weight-training',
    'hand-tools',
    'typing',
    'no-armrests',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine with the arm across the chest, or prone with the forearm hanging off the table',
    method: 'flat',
    howToFind:
      'in the lower third of the back of the arm, press against the bone just above the outer epicondyle, just above the point of the elbow, and along the inner edge above the inner epicondyle',
  },
  treatment: {
    position:
      'client prone with the arm by the side and the elbow slightly bent, or supine with the arm across the chest',
    pressure:
      'flat thumb compression against the arm bone in the lower arm; lighter pressure on the inner side near the ulnar nerve',
    expect:
      'pain at the outer elbow, the point of the elbow or the inner elbow depending on the spot, sometimes into the ring and little fingers',
  },
  selfCare: {
    pressure:
      'rest the elbow on a table and press with the fingers of the other hand just above the elbow, avoiding the groove behind the inner epicondyle, 30 to 90 seconds',
    stretch:
      'bend the elbow fully so the hand rests on the shoulder and lift the elbow up with the other hand; hold 30 seconds',
  },
  cautions: ['ulnar-nerve', 'radial-nerve'],
  related: [
    'triceps-long-head',
    'triceps-lateral-head',
    'anconeus',
    'supinator',
    'brachioradialis',
    'extensor-carpi-radialis-longus',
    'biceps-brachii',
  ],
  triggerPoints: [
    {
      id: 'triceps-medial-head.lateral-border',
      label: 'TrP2',
      location: {
        region: 'lateral-upper-arm',
        description: 'on the outer border of the lower arm, a few finger-widths above the outer epicondyle',
      },
      referral: [
        { region: 'lateral-epicondyle', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'a frequent part of tennis elbow pain',
    },
    {
      id: 'triceps-medial-head.olecranon',
      label: 'TrP4',
      location: {
        region: 'posterior-upper-arm',
        description: 'deep in the lowest part of the muscle, just above the point of the elbow',
      },
      referral: [{ region: 'olecranon', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'a sore point of the elbow that makes leaning on the elbow painful',
    },
    {
      id: 'triceps-medial-head.medial-border',
      label: 'TrP5',
      location: {
        region: 'medial-upper-arm',
        description: 'deep on the inner border of the lower arm, just above the inner epicondyle',
      },
      referral: [
        { region: 'medial-epicondyle', zone: 'essential', culprit: 'primary' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'common' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain at the inner elbow, sometimes along the inner forearm to the palm side of the ring and little fingers',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 32, Triceps brachii muscle (and anconeus)' },
    { work: 'davies-2013', locator: 'triceps section' },
    {
      work: 'simons-1999',
      locator:
        'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain; volar and ulnar forearm pain',
    },
  ],
});
