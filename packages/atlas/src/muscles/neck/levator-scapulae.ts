import { defineMuscle } from '../define-muscle.ts';

/** Levator scapulae: the stiff-neck muscle; refers to the angle of the neck and along the inner edge of the shoulder blade. */
export const levatorScapulae = defineMuscle({
  id: 'levator-scapulae',
  name: 'Levator scapulae',
  aliases: ['levator scapula', 'levator', 'stiff neck muscle'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'levator scapulae',
    uberon: 'UBERON:0005461',
    fma: 'FMA:32519',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'lifts the shoulder blade and turns its lower tip toward the spine',
    'turns the neck to the same side and tilts it sideways; both sides help hold the neck upright',
  ],
  restricts: ['cervical.rotation', 'cervical.lateral_flexion', 'cervical.flexion', 'scapula.upward_rotation'],
  painfulOn: ['scapula.elevation', 'cervical.rotation'],
  perpetuatedBy: [
    'phone-cradling',
    'prolonged-computer-work',
    'carrying-shoulder-bag',
    'crutch-use',
    'sleeping-on-side',
    'poor-pillow',
    'typing',
    'armrests-too-high',
    'driving-long',
    'cold-draught',
    'emotional-stress',
    'whiplash',
  ],
  symptoms: ['morning-stiffness'],
  entrapments: [],
  palpation: {
    position: 'client prone or seated, arm relaxed by the side',
    method: 'flat-or-pincer',
    howToFind:
      'find the upper inner corner of the shoulder blade and follow the band that runs up and forward toward the side of the neck; the upper part can be pinched where it appears in front of the edge of the upper trapezius',
  },
  treatment: {
    position: 'client prone with the head turned slightly away, or side-lying with the shoulder relaxed',
    pressure:
      'firm flat pressure into the band at the angle of the neck, and thumb pressure just above the upper corner of the shoulder blade',
    expect: 'a deep ache at the base of the neck spreading down the inner edge of the shoulder blade',
  },
  selfCare: {
    pressure:
      'lean against a wall with a ball just above the upper corner of the shoulder blade, or hook the fingers of the opposite hand over the base of the neck, 30 to 90 seconds',
    stretch:
      'hold the chair seat with the hand of the tight side, turn the nose about 45 degrees toward the opposite armpit and gently pull the head down with the free hand; hold 30 seconds',
  },
  cautions: ['brachial-plexus'],
  related: [
    'upper-trapezius',
    'splenius-cervicis',
    'rhomboid-minor',
    'scalenus-posterior',
    'scalenus-medius',
    'cervical-multifidi',
    'serratus-anterior',
  ],
  triggerPoints: [
    {
      id: 'levator-scapulae.neck-angle',
      label: 'TrP1',
      location: {
        region: 'posterolateral-neck',
        description:
          'at the angle of the neck, where the muscle appears from under the front edge of the upper trapezius',
      },
      referral: [
        { region: 'neck-angle', zone: 'essential', culprit: 'primary' },
        { region: 'posterolateral-neck', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-neck', zone: 'spillover', culprit: 'primary' },
        { region: 'scapula-medial-border', zone: 'spillover', culprit: 'primary' },
        { region: 'posterior-deltoid', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the main cause of a stiff neck that will not turn to the same side',
    },
    {
      id: 'levator-scapulae.lower',
      label: 'TrP2',
      location: {
        region: 'neck-angle',
        description: 'about a thumb width above the upper inner corner of the shoulder blade',
      },
      referral: [
        { region: 'neck-angle', zone: 'essential', culprit: 'primary' },
        { region: 'scapula-medial-border', zone: 'spillover', culprit: 'primary' },
        { region: 'posterior-deltoid', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 19, Levator scapulae muscle' },
    {
      work: 'simons-1999',
      locator: 'head and neck pain guide: back-of-neck pain (trapezius, multifidi, then levator scapulae)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the levator scapulae muscle' },
    { work: 'davies-2013', locator: 'ch. 6, Levator scapulae' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: back-of-neck pain' },
    {
      work: 'simons-1999',
      locator:
        'Part 2 (upper back, shoulder and arm) pain guide: back-of-shoulder pain; upper and mid-thoracic back pain',
    },
  ],
});
