import { defineMuscle } from '../define-muscle.ts';

/** Coracobrachialis: front-of-shoulder pain with a broken line down the back of the arm, forearm and hand. */
export const coracobrachialis = defineMuscle({
  id: 'coracobrachialis',
  name: 'Coracobrachialis',
  aliases: ['coracobrachialis muscle', 'coracobrachial'],
  area: 'arm',
  paired: true,
  identifiers: {
    tableName: 'coracobrachialis',
    uberon: 'UBERON:0001505',
    fma: 'FMA:37664',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'helps raise the arm forward',
    'draws the arm toward the body',
    'helps hold the head of the arm bone in the socket',
  ],
  restricts: ['shoulder.extension', 'shoulder.internal_rotation', 'shoulder.horizontal_abduction'],
  painfulOn: ['shoulder.flexion', 'shoulder.adduction'],
  perpetuatedBy: [
    'push-ups',
    'carrying-in-front',
    'weight-training',
    'climbing',
    'throwing',
    'rowing',
    'golf',
  ],
  symptoms: ['tingling'],
  entrapments: ['musculocutaneous nerve, which passes through the muscle (numbness on the outer forearm)'],
  palpation: {
    position:
      'client supine, arm out to the side about 45 degrees and rotated outward, elbow bent and supported',
    method: 'flat',
    howToFind:
      'in the upper inner arm just below the front armpit fold, slide behind the short head of the biceps and press the slim muscle against the arm bone',
  },
  treatment: {
    position: 'client supine with the arm supported out to the side and turned outward',
    pressure:
      'gentle flat fingertip compression against the arm bone, moving off at once if the client feels tingling or a pulse',
    expect:
      'an ache in the front of the shoulder, sometimes a patchy ache down the back of the arm to the back of the hand',
  },
  selfCare: {
    pressure:
      'with the arm resting on a table, press the fingers of the other hand into the upper inner arm just below the armpit, 30 to 60 seconds',
    stretch:
      'stand with the arm straight out to the side against a door frame at shoulder height and turn the body away; hold 30 seconds',
  },
  cautions: ['axillary-vessels', 'brachial-plexus', 'median-nerve'],
  related: [
    'biceps-brachii',
    'deltoid-anterior',
    'pectoralis-major-clavicular',
    'triceps-long-head',
    'supraspinatus',
    'deltoid-posterior',
  ],
  triggerPoints: [
    {
      id: 'coracobrachialis.upper',
      label: 'TrP1',
      location: {
        region: 'medial-upper-arm',
        description:
          'high on the inner arm, just below the front armpit fold and behind the short head of the biceps',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'posterior-upper-arm', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'common' },
        { region: 'middle-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the line of pain down the back of the limb tends to skip the elbow and the wrist',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 29, Coracobrachialis muscle' },
    { work: 'davies-2013', locator: 'coracobrachialis section' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: back-of-arm pain' },
    {
      work: 'simons-1999',
      locator:
        'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain; dorsal wrist and hand pain',
    },
  ],
});
