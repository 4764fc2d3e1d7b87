import { defineMuscle } from '../define-muscle.ts';

/** Triceps, long head: pain up the back of the arm to the back of the shoulder, sometimes toward the base of the neck. */
export const tricepsLongHead = defineMuscle({
  id: 'triceps-long-head',
  name: 'Triceps brachii, long head',
  aliases: ['long head of triceps', 'triceps', 'triceps long head'],
  area: 'arm',
  paired: true,
  identifiers: {
    tableName: 'long head of triceps brachii',
    fma: 'FMA:37692',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'straightens the elbow',
    'draws the arm back and toward the body',
    'supports the head of the arm bone from below',
  ],
  restricts: ['elbow.flexion', 'shoulder.flexion'],
  painfulOn: ['elbow.extension', 'shoulder.extension'],
  perpetuatedBy: [
    'crutch-use',
    'push-ups',
    'weight-training',
    'racquet-sports',
    'golf',
    'driving-long',
    'no-armrests',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position:
      'client supine with the arm raised overhead and the elbow bent, or prone with the arm hanging off the table',
    method: 'pincer',
    howToFind:
      'grasp the inner back part of the arm in its upper half, a little below where the teres major crosses, and roll the long head away from the arm bone',
  },
  treatment: {
    position: 'client supine with the arm overhead and the elbow bent, or side-lying with the arm supported',
    pressure:
      'pincer compression of the long head, lifting it off the deeper heads; stripping strokes toward the shoulder',
    expect:
      'an ache running up the back of the arm to the back of the shoulder, occasionally down the back of the forearm',
  },
  selfCare: {
    pressure:
      'grasp the back of the upper arm with the other hand and squeeze along the inner half, 30 to 90 seconds',
    stretch:
      'raise the arm overhead, bend the elbow so the hand drops behind the head and press the elbow back with the other hand; hold 30 seconds',
  },
  cautions: ['axillary-vessels', 'radial-nerve'],
  related: [
    'triceps-lateral-head',
    'triceps-medial-head',
    'teres-major',
    'latissimus-dorsi',
    'deltoid-posterior',
    'biceps-brachii',
    'brachialis',
  ],
  triggerPoints: [
    {
      id: 'triceps-long-head.central',
      label: 'TrP1',
      location: {
        region: 'posterior-upper-arm',
        description:
          'in the middle of the long head, a few finger-widths below where the teres major crosses it',
      },
      referral: [
        { region: 'posterior-upper-arm', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'shoulder-top', zone: 'spillover', culprit: 'occasional' },
        { region: 'neck-angle', zone: 'spillover', culprit: 'occasional' },
        { region: 'dorsal-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the most common triceps point; pain down the forearm tends to skip the elbow',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 32, Triceps brachii muscle (and anconeus)' },
    { work: 'davies-2013', locator: 'triceps section' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal forearm pain' },
  ],
});
