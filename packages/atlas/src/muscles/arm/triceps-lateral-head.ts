import { defineMuscle } from '../define-muscle.ts';

/** Triceps, lateral head: pain in the middle of the back of the arm; its bands can press on the radial nerve. */
export const tricepsLateralHead = defineMuscle({
  id: 'triceps-lateral-head',
  name: 'Triceps brachii, lateral head',
  aliases: ['lateral head of triceps', 'outer head of triceps', 'triceps'],
  area: 'arm',
  paired: true,
  identifiers: {
    tableName: 'lateral head of triceps brachii',
    fma: 'FMA:37694',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['straightens the elbow, especially against resistance'],
  restricts: ['elbow.flexion'],
  painfulOn: ['elbow.extension'],
  perpetuatedBy: ['crutch-use', 'push-ups', 'weight-training', 'racquet-sports', 'hand-tools', 'no-armrests'],
  symptoms: ['numbness', 'tingling'],
  entrapments: [
    'radial nerve as it winds round the back of the arm bone (tingling or numbness on the back of the forearm and hand)',
  ],
  palpation: {
    position:
      'client prone with the arm by the side or hanging off the table, or side-lying with the arm on the body',
    method: 'flat-or-pincer',
    howToFind:
      'on the outer back of the arm, about midway between shoulder and elbow, press the lateral head against the bone or grasp its outer edge',
  },
  treatment: {
    position: 'client side-lying on the other side with the arm resting along the body, or prone',
    pressure:
      'flat thumb compression against the arm bone in the middle of the outer back arm; ease off if tingling spreads down the forearm',
    expect:
      'an ache in the middle of the back of the arm, sometimes down the back of the forearm to the ring and little fingers',
  },
  selfCare: {
    pressure:
      'grasp the outer back of the arm with the other hand and press into the middle of it, 30 to 90 seconds',
    stretch:
      'bend the elbow fully and lift it overhead, pressing it back with the other hand; hold 30 seconds',
  },
  cautions: ['radial-nerve'],
  related: ['triceps-long-head', 'triceps-medial-head', 'anconeus', 'brachialis', 'deltoid-posterior'],
  triggerPoints: [
    {
      id: 'triceps-lateral-head.central',
      label: 'TrP3',
      location: {
        region: 'lateral-upper-arm',
        description:
          'in the lateral head on the outer back of the arm, about midway between shoulder and elbow',
      },
      referral: [
        { region: 'posterior-upper-arm', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 32, Triceps brachii muscle (and anconeus)' },
    { work: 'davies-2013', locator: 'triceps section' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal forearm pain' },
  ],
});
