import { defineMuscle } from '../define-muscle.ts';

/**
 * Infraspinatus: the classic case of chasing the pain. The client points to the front of the shoulder,
 * the trigger points sit on the back of the shoulder blade.
 */
export const infraspinatus = defineMuscle({
  id: 'infraspinatus',
  name: 'Infraspinatus',
  aliases: ['infraspinatus muscle', 'rotator cuff (back)'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'infraspinatus muscle',
    uberon: 'UBERON:0001477',
    fma: 'FMA:32546',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['rotates the arm outward', 'holds the head of the arm bone in the socket as the arm moves'],
  restricts: ['shoulder.internal_rotation', 'shoulder.horizontal_adduction', 'shoulder.flexion'],
  painfulOn: ['shoulder.external_rotation'],
  perpetuatedBy: [
    'reaching-behind',
    'throwing',
    'racquet-sports',
    'swimming',
    'climbing',
    'weight-training',
    'driving-long',
    'mouse-use',
    'sleeping-on-side',
  ],
  symptoms: ['sleep-disturbance', 'arm-heaviness'],
  entrapments: [],
  palpation: {
    position: 'client prone with the arm hanging off the table, or seated with the hand on the opposite knee',
    method: 'flat',
    howToFind:
      'press into the broad flat muscle below the spine of the shoulder blade, first a finger or two below the spine and then near the inner border; very tender spots are common here',
  },
  treatment: {
    position:
      'client prone with the arm off the table, or side-lying on the other side with the arm resting on a pillow',
    pressure: 'firm flat thumb or knuckle compression against the bone, then slow strokes across the fossa',
    expect:
      'deep pain felt in the front of the shoulder, sometimes down the front and outside of the arm toward the thumb',
  },
  selfCare: {
    pressure:
      'lean back against a wall on a tennis ball placed on the shoulder blade below its spine, 30 to 90 seconds per spot',
    stretch:
      'put the back of the hand on the low back and gently draw that elbow forward with the other hand, or reach the arm across the chest; hold 30 seconds',
  },
  cautions: [],
  related: [
    'teres-minor',
    'supraspinatus',
    'deltoid-anterior',
    'subscapularis',
    'pectoralis-major-clavicular',
    'biceps-brachii',
    'levator-scapulae',
    'scalenus-anterior',
    'teres-major',
  ],
  triggerPoints: [
    {
      id: 'infraspinatus.upper-medial',
      label: 'TrP1',
      location: {
        region: 'infraspinous',
        description: 'one or two finger-widths below the spine of the shoulder blade, toward its inner part',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'primary' },
        { region: 'middle-deltoid', zone: 'spillover', culprit: 'common' },
        { region: 'anterior-upper-arm', zone: 'spillover', culprit: 'primary' },
        { region: 'lateral-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'volar-forearm-radial', zone: 'spillover', culprit: 'primary' },
        { region: 'radial-wrist', zone: 'spillover', culprit: 'common' },
        { region: 'thenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'occasional' },
        { region: 'posterior-neck', zone: 'spillover', culprit: 'common' },
        { region: 'suboccipital', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain is deep in the front of the shoulder joint, so the point on the back is easily missed',
    },
    {
      id: 'infraspinatus.upper-lateral',
      label: 'TrP2',
      location: {
        region: 'infraspinous',
        description: 'just below the spine of the shoulder blade, in its outer half',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'primary' },
        { region: 'middle-deltoid', zone: 'spillover', culprit: 'common' },
        { region: 'anterior-upper-arm', zone: 'spillover', culprit: 'primary' },
        { region: 'lateral-upper-arm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'infraspinatus.medial-border',
      label: 'TrP3',
      location: {
        region: 'infraspinous',
        description: 'low in the fossa, close to the inner border of the shoulder blade',
      },
      referral: [
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'common' },
        { region: 'interscapular', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'less common; the pain is felt along the inner edge of the shoulder blade, like a rhomboid problem',
    },
    {
      id: 'infraspinatus.mid-belly',
      label: 'exp.',
      location: {
        region: 'infraspinous',
        description:
          'the middle of the muscle belly, in the centre of the fossa below the spine of the shoulder blade',
      },
      referral: [
        { region: 'lateral-upper-arm', zone: 'essential', culprit: 'occasional' },
        { region: 'posterior-deltoid', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'experimental pattern (Leffler et al. 2000, leffler-2000): saline injected here was felt mostly as referred pain over the back and outer side of the upper arm near the shoulder, with dulled touch there',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 22, Infraspinatus muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the infraspinatus muscle' },
    { work: 'davies-2013', locator: 'infraspinatus section' },
    { work: 'finando-2005', locator: 'section on the infraspinatus' },
    { work: 'leffler-2000', locator: 'saline-injection referral map of the infraspinatus (mid-belly point)' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: back-of-neck pain' },
    {
      work: 'simons-1999',
      locator:
        'Part 2 (upper back, shoulder and arm) pain guide: upper and mid-thoracic back pain; front-of-arm pain',
    },
    {
      work: 'simons-1999',
      locator: 'Part 3 (elbow to finger) pain guide: radial forearm pain; base-of-thumb and radial hand pain',
    },
  ],
});
