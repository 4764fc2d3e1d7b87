import { defineMuscle } from '../define-muscle.ts';

/** Teres major: back of the shoulder and back of the arm pain, worse reaching up and forward. */
export const teresMajor = defineMuscle({
  id: 'teres-major',
  name: 'Teres major',
  aliases: ['teres major muscle', 'little lat'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'teres major muscle',
    uberon: 'UBERON:0001478',
    fma: 'FMA:32549',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'draws the raised arm down and back',
    'rotates the arm inward',
    'works with latissimus dorsi in pulling movements',
  ],
  restricts: ['shoulder.flexion', 'shoulder.abduction', 'shoulder.external_rotation'],
  painfulOn: ['shoulder.extension', 'shoulder.internal_rotation', 'shoulder.adduction'],
  perpetuatedBy: [
    'driving-long',
    'gripping-steering-wheel',
    'climbing',
    'rowing',
    'pushing-pulling',
    'weight-training',
    'swimming',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position:
      'client prone with the arm hanging off the table, or supine with the arm raised and the hand under the head',
    method: 'pincer',
    howToFind:
      'grasp the thick fold at the back of the armpit; the round band lying higher on the shoulder blade and closer to the lower tip is teres major, the thinner outer layer is latissimus dorsi',
  },
  treatment: {
    position: 'client supine with the arm raised beside the head, or prone with the arm hanging down',
    pressure:
      'pincer compression along the back armpit fold; flat thumb pressure against the outer border of the shoulder blade near its lower tip',
    expect: 'an ache in the back of the shoulder and down over the back of the arm',
  },
  selfCare: {
    pressure:
      'squeeze the back armpit fold between thumb and fingers, or lie on a ball placed on the outer border of the shoulder blade near its tip, 30 to 90 seconds',
    stretch:
      'raise the arm overhead, bend the elbow and pull it behind the head with the other hand while leaning slightly to the other side; hold 30 seconds',
  },
  cautions: ['axillary-vessels'],
  related: [
    'latissimus-dorsi',
    'subscapularis',
    'triceps-long-head',
    'deltoid-posterior',
    'teres-minor',
    'rhomboid-major',
  ],
  triggerPoints: [
    {
      id: 'teres-major.medial',
      label: 'TrP1',
      location: {
        region: 'scapula-inferior-angle',
        description: 'on the back of the shoulder blade along its outer border, just above the lower tip',
      },
      referral: [
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'teres-major.axillary-fold',
      label: 'TrP2',
      location: {
        region: 'axilla',
        description: 'in the back armpit fold where the muscle becomes tendon on its way to the arm bone',
      },
      referral: [
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain sits over the back of the deltoid and the long head of the triceps; the elbow is usually spared',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 25, Teres major muscle' },
    { work: 'davies-2013', locator: 'teres major section' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: dorsal forearm pain' },
  ],
});
