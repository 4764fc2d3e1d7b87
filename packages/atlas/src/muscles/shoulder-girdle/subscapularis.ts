import { defineMuscle } from '../define-muscle.ts';

/** Subscapularis: severe back-of-shoulder pain, a strap of pain round the wrist, and a shoulder that will not lift. */
export const subscapularis = defineMuscle({
  id: 'subscapularis',
  name: 'Subscapularis',
  aliases: ['subscapularis muscle', 'rotator cuff (front)', 'frozen shoulder muscle'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'subscapularis',
    uberon: 'UBERON:0001129',
    fma: 'FMA:13413',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'rotates the arm inward',
    'holds the head of the arm bone down and forward in the socket as the arm is raised',
  ],
  restricts: ['shoulder.external_rotation', 'shoulder.abduction', 'shoulder.flexion'],
  painfulOn: ['shoulder.internal_rotation'],
  perpetuatedBy: [
    'throwing',
    'swimming',
    'overhead-work',
    'lifting-heavy',
    'immobilisation',
    'rounded-shoulders',
    'crutch-use',
  ],
  symptoms: ['sleep-disturbance'],
  entrapments: [],
  palpation: {
    position:
      'client supine with the arm pulled out to the side about 45 degrees and gentle traction on the arm so the shoulder blade slides out',
    method: 'flat',
    howToFind:
      'slide the fingertips into the armpit, between the latissimus fold and the rib cage, and turn the pads toward the front surface of the shoulder blade along its outer border',
  },
  treatment: {
    position: 'client supine, arm held out to the side with gentle traction; support the elbow on your hip',
    pressure:
      'slow, gentle fingertip pressure on the front of the shoulder blade, working up the outer border toward the armpit',
    expect:
      'sharp, deep pain in the back of the shoulder, sometimes felt at the wrist; expect tenderness even with light pressure',
  },
  selfCare: {
    pressure:
      'lying on the back with the arm out to the side, reach the fingers of the other hand into the armpit against the front of the shoulder blade, 30 to 60 seconds',
    stretch:
      'stand in a doorway with the elbow bent at shoulder height and the forearm on the frame, then turn the body away to rotate the arm outward; hold 30 seconds',
  },
  cautions: ['axillary-vessels', 'brachial-plexus'],
  related: [
    'teres-major',
    'latissimus-dorsi',
    'pectoralis-major-sternal',
    'infraspinatus',
    'teres-minor',
    'deltoid-posterior',
    'triceps-long-head',
  ],
  triggerPoints: [
    {
      id: 'subscapularis.upper-lateral',
      label: 'TrP1',
      location: {
        region: 'axilla',
        description: 'on the front surface of the shoulder blade near its outer border, high in the armpit',
      },
      referral: [
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-wrist', zone: 'essential', culprit: 'common' },
        { region: 'volar-wrist', zone: 'essential', culprit: 'occasional' },
        { region: 'radial-wrist', zone: 'essential', culprit: 'occasional' },
        { region: 'ulnar-wrist', zone: 'essential', culprit: 'occasional' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'infraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the band of pain and tenderness round the wrist, stronger on the back, is a giveaway for this muscle',
    },
    {
      id: 'subscapularis.lower-lateral',
      label: 'TrP2',
      location: {
        region: 'axilla',
        description:
          'lower down the outer border on the front of the shoulder blade, reached deep in the armpit toward the lower tip',
      },
      referral: [
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-wrist', zone: 'essential', culprit: 'common' },
        { region: 'volar-wrist', zone: 'essential', culprit: 'occasional' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'infraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'subscapularis.upper-medial',
      label: 'TrP3',
      location: {
        region: 'axilla',
        description:
          'higher and further in on the front of the shoulder blade, toward its upper inner corner, well away from the outer border',
      },
      referral: [
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'infraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'usually out of reach of the fingers even with the shoulder blade drawn well out; suspect it when the outer points are clear but the pattern remains',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 26, Subscapularis muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the subscapularis muscle' },
    { work: 'davies-2013', locator: 'subscapularis section' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: back-of-arm pain' },
  ],
});
