import { defineMuscle } from '../define-muscle.ts';

/** Scalenus posterior: the deepest and most posterior scalene; refers mainly to the inner edge of the shoulder blade. */
export const scalenusPosterior = defineMuscle({
  id: 'scalenus-posterior',
  name: 'Scalenus posterior',
  aliases: ['posterior scalene', 'scalenus posticus', 'scalenes'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'scalenus posterior',
    uberon: 'UBERON:0001123',
    fma: 'FMA:13387',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['lifts the second rib during breathing', 'tilts the neck to the same side'],
  restricts: ['cervical.lateral_flexion', 'cervical.rotation'],
  painfulOn: ['cervical.lateral_flexion', 'breathing.deep_inspiration'],
  perpetuatedBy: [
    'paradoxical-breathing',
    'chronic-cough',
    'forward-head-posture',
    'carrying-shoulder-bag',
    'heavy-backpack',
    'lifting-heavy',
    'poor-pillow',
    'whiplash',
  ],
  symptoms: ['sleep-disturbance'],
  entrapments: [],
  palpation: {
    position: 'client supine or side-lying, shoulder relaxed and drawn slightly down',
    method: 'flat',
    howToFind:
      'move behind the middle scalene at the base of the neck, just in front of the levator scapulae and under the front edge of the upper trapezius; press down and inward toward the second rib',
  },
  treatment: {
    position: 'client side-lying or supine with the head turned slightly away',
    pressure: 'moderate flat pressure low at the base of the neck, angled toward the rib cage',
    expect: 'an ache down along the inner edge of the shoulder blade, sometimes to the back of the arm',
  },
  selfCare: {
    pressure:
      'hook the fingers of the opposite hand over the base of the neck just in front of the top of the shoulder blade and press down, 20 to 30 seconds',
    stretch:
      'hold the chair seat with the hand of the tight side, tilt the ear toward the opposite shoulder and turn the face slightly down toward the opposite armpit; hold 30 seconds',
  },
  cautions: ['brachial-plexus'],
  related: [
    'scalenus-medius',
    'scalenus-anterior',
    'levator-scapulae',
    'upper-trapezius',
    'rhomboid-minor',
    'serratus-posterior-superior',
  ],
  triggerPoints: [
    {
      id: 'scalenus-posterior.central',
      label: 'TrP1',
      location: {
        region: 'neck-angle',
        description:
          'low at the base of the neck behind the middle scalene, in front of the levator scapulae',
      },
      referral: [
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'primary' },
        { region: 'interscapular', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain along the upper half of the inner edge of the shoulder blade is easily blamed on the rhomboids',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 20, Scalene muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the scalene muscles' },
    { work: 'davies-2013', locator: 'ch. 6, Scalenes' },
    {
      work: 'simons-1999',
      locator:
        'Part 2 (upper back, shoulder and arm) pain guide: upper and mid-thoracic back pain; back-of-arm pain',
    },
  ],
});
