import { defineMuscle } from '../define-muscle.ts';

/** Latissimus dorsi: a constant ache at the lower tip of the shoulder blade that can run down the inner arm to the little finger. */
export const latissimusDorsi = defineMuscle({
  id: 'latissimus-dorsi',
  name: 'Latissimus dorsi',
  aliases: ['lats', 'lat', 'broadest back muscle'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'latissimus dorsi',
    uberon: 'UBERON:0001112',
    fma: 'FMA:13357',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the raised arm down and back',
    'rotates the arm inward and draws it toward the body',
    'helps pull the body up when the arms are fixed, as in climbing',
  ],
  restricts: [
    'shoulder.flexion',
    'shoulder.abduction',
    'shoulder.external_rotation',
    'trunk.lateral_flexion',
  ],
  painfulOn: ['shoulder.extension', 'shoulder.adduction', 'shoulder.internal_rotation'],
  perpetuatedBy: [
    'climbing',
    'pushing-pulling',
    'throwing',
    'swimming',
    'rowing',
    'gardening',
    'weight-training',
    'crutch-use',
    'tight-bra-straps',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position:
      'client supine or side-lying with the arm raised beside the head, or prone with the arm hanging off the table',
    method: 'pincer',
    howToFind:
      'grasp the back armpit fold below and outside the teres major and roll the flat outer band between thumb and fingers; follow it down the side of the trunk for the lower point',
  },
  treatment: {
    position: 'client supine or side-lying with the arm overhead so the fold is lengthened',
    pressure: 'pincer compression of the fold, working from the armpit down the side of the ribs',
    expect:
      'an ache at the lower tip of the shoulder blade, sometimes running down the inner arm toward the ring and little fingers',
  },
  selfCare: {
    pressure:
      'squeeze the fold at the back of the armpit between thumb and fingers, or lie on the side on a ball placed below the armpit, 30 to 90 seconds',
    stretch:
      'hold a door frame overhead with the arm straight and let the hips sway away from that side, or lean to the opposite side with the arm overhead; hold 30 seconds',
  },
  cautions: ['axillary-vessels', 'lungs'],
  related: [
    'teres-major',
    'subscapularis',
    'serratus-anterior',
    'lower-trapezius',
    'triceps-long-head',
    'serratus-posterior-inferior',
    'iliocostalis-thoracis',
    'pectoralis-major-costal',
  ],
  triggerPoints: [
    {
      id: 'latissimus-dorsi.axillary',
      label: 'TrP1',
      location: {
        region: 'axilla',
        description:
          'in the back armpit fold, roughly level with the middle of the outer border of the shoulder blade',
      },
      referral: [
        { region: 'scapula-inferior-angle', zone: 'essential', culprit: 'primary' },
        { region: 'mid-thoracic', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-deltoid', zone: 'spillover', culprit: 'common' },
        { region: 'medial-upper-arm', zone: 'spillover', culprit: 'occasional' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
        { region: 'ulnar-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a steady ache not much changed by movement; rarely blamed on this muscle at first',
    },
    {
      id: 'latissimus-dorsi.lateral-trunk',
      label: 'TrP2',
      location: {
        region: 'lateral-chest',
        description:
          'in the front edge of the muscle on the side of the ribcage, lower down than the armpit point',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'lateral-chest', zone: 'spillover', culprit: 'primary' },
        { region: 'lateral-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain at the front of the shoulder and along the side of the trunk above the hip bone',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 24, Latissimus dorsi muscle' },
    {
      work: 'simons-1999',
      locator: 'upper trunk pain guide: side-of-chest pain (serratus anterior, then latissimus dorsi)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the latissimus dorsi muscle' },
    { work: 'davies-2013', locator: 'latissimus dorsi section' },
    {
      work: 'simons-1999',
      locator:
        'Part 2 (upper back, shoulder and arm) pain guide: back-of-shoulder pain; front-of-shoulder pain; mid-thoracic back pain; back-of-arm pain',
    },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: volar and ulnar forearm pain' },
    { work: 'simons-1999', locator: 'Part 4 (torso) pain guide: side-of-chest pain' },
  ],
});
