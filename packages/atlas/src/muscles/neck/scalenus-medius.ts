import { defineMuscle } from '../define-muscle.ts';

/** Scalenus medius: the largest scalene at the side of the neck; refers down the front and back of the arm to the thumb and index finger, and to the shoulder blade. */
export const scalenusMedius = defineMuscle({
  id: 'scalenus-medius',
  name: 'Scalenus medius',
  aliases: ['middle scalene', 'scalenus medius muscle', 'scalenes'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'scalenus medius',
    uberon: 'UBERON:0001122',
    fma: 'FMA:13386',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['lifts the first rib during breathing', 'tilts the neck to the same side'],
  restricts: ['cervical.lateral_flexion', 'cervical.rotation', 'breathing.deep_inspiration'],
  painfulOn: ['cervical.lateral_flexion', 'breathing.deep_inspiration'],
  perpetuatedBy: [
    'paradoxical-breathing',
    'chronic-cough',
    'forward-head-posture',
    'carrying-in-front',
    'lifting-heavy',
    'pushing-pulling',
    'heavy-backpack',
    'carrying-shoulder-bag',
    'overhead-work',
    'rowing',
    'poor-pillow',
    'whiplash',
    'emotional-stress',
  ],
  symptoms: ['tingling', 'numbness', 'swelling', 'dropping-things', 'arm-heaviness', 'sleep-disturbance'],
  entrapments: [
    'brachial plexus as it passes in front of the muscle, between it and the anterior scalene',
    'dorsal scapular and long thoracic nerves, which pierce the muscle (ache along the shoulder blade, possible weakness of the muscles that hold it)',
  ],
  palpation: {
    position: 'client supine with the head turned slightly away',
    method: 'flat',
    howToFind:
      'place the fingertips on the side of the neck behind the sternocleidomastoid and press toward the bony tips of the neck vertebrae; the medius is the largest band here, lying just behind the nerves of the arm',
  },
  treatment: {
    position: 'client supine with the head on a pillow and turned a little away',
    pressure:
      'flat fingertip pressure against the side of the vertebrae, light to moderate; stop at once if tingling or numbness runs into the arm',
    expect:
      'ache spreading down the front and back of the upper arm to the thumb and index finger, or to the shoulder blade',
  },
  selfCare: {
    pressure:
      'press the fingertips into the side of the neck midway between ear and collarbone, 20 to 30 seconds, easing off if the hand tingles',
    stretch:
      'hold the chair seat with the hand of the tight side and tilt the ear straight toward the opposite shoulder; hold 30 seconds while breathing slowly into the belly',
  },
  cautions: ['brachial-plexus', 'jugular-vein'],
  related: [
    'scalenus-anterior',
    'scalenus-posterior',
    'scalenus-minimus',
    'levator-scapulae',
    'upper-trapezius',
    'sternocleidomastoid-clavicular',
    'rhomboid-major',
    'infraspinatus',
    'brachialis',
  ],
  triggerPoints: [
    {
      id: 'scalenus-medius.central',
      label: 'TrP1',
      location: {
        region: 'lateral-neck',
        description:
          'side of the neck at mid level, behind the sternocleidomastoid and just behind the nerves to the arm',
      },
      referral: [
        { region: 'anterior-upper-arm', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-upper-arm', zone: 'essential', culprit: 'primary' },
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'primary' },
        { region: 'pectoral', zone: 'spillover', culprit: 'primary' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'primary' },
        { region: 'radial-wrist', zone: 'spillover', culprit: 'primary' },
        { region: 'thumb', zone: 'spillover', culprit: 'primary' },
        { region: 'index-finger', zone: 'spillover', culprit: 'primary' },
        { region: 'anterior-deltoid', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the arm pain tends to skip the elbow; numbness or tingling suggests nerve irritation rather than referral alone',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 20, Scalene muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the scalene muscles' },
    { work: 'davies-2013', locator: 'ch. 6, Scalenes' },
    {
      work: 'simons-1999',
      locator:
        'Part 2 (upper back, shoulder and arm) pain guide: back-of-arm pain; front-of-arm pain; front-of-shoulder pain',
    },
    {
      work: 'simons-1999',
      locator:
        'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain; base-of-thumb and radial hand pain; dorsal finger pain',
    },
    { work: 'simons-1999', locator: 'Part 4 (torso) pain guide: front-of-chest pain' },
  ],
});
