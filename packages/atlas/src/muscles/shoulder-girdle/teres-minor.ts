import { defineMuscle } from '../define-muscle.ts';

/** Teres minor: a small, sharply placed ache in the back of the shoulder, like a bursitis spot. */
export const teresMinor = defineMuscle({
  id: 'teres-minor',
  name: 'Teres minor',
  aliases: ['teres minor muscle', 'rotator cuff (lower back)'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'teres minor muscle',
    uberon: 'UBERON:0010496',
    fma: 'FMA:32550',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'rotates the arm outward together with the infraspinatus',
    'holds the head of the arm bone in the socket',
  ],
  restricts: ['shoulder.internal_rotation', 'shoulder.horizontal_adduction'],
  painfulOn: ['shoulder.external_rotation'],
  perpetuatedBy: [
    'reaching-behind',
    'throwing',
    'racquet-sports',
    'overhead-work',
    'driving-long',
    'swimming',
  ],
  symptoms: ['numbness', 'tingling'],
  entrapments: [],
  palpation: {
    position:
      'client prone with the arm hanging off the table, or side-lying with the arm resting forward on a pillow',
    method: 'flat-or-pincer',
    howToFind:
      'follow the outer border of the shoulder blade up from the lower tip; above the thick teres major, roll across a narrower band running up and out toward the back of the arm bone',
  },
  treatment: {
    position:
      'client side-lying on the other side with the arm forward and supported, or prone with the arm off the table',
    pressure:
      'flat thumb pressure pinning the band against the outer border of the shoulder blade, or a pincer grip on the back of the armpit fold',
    expect: 'a deep, well-defined ache in the back of the shoulder',
  },
  selfCare: {
    pressure:
      'lean back against a wall on a ball placed on the outer edge of the shoulder blade, 30 to 90 seconds',
    stretch:
      'reach the arm across the chest and pull the elbow toward the opposite shoulder; hold 30 seconds',
  },
  cautions: [],
  related: ['infraspinatus', 'deltoid-posterior', 'teres-major', 'subscapularis', 'triceps-long-head'],
  triggerPoints: [
    {
      id: 'teres-minor.lateral-border',
      label: 'TrP1',
      location: {
        region: 'infraspinous',
        description:
          'along the outer border of the shoulder blade, about midway up, between infraspinatus and teres major',
      },
      referral: [
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'circumscribed pain just above the lower attachment of the back of the deltoid; may also give numbness or tingling in the ring and little fingers',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 23, Teres minor muscle' },
    { work: 'davies-2013', locator: 'teres minor section' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: back-of-arm pain' },
  ],
});
