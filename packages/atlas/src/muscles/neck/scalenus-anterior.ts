import { defineMuscle } from '../define-muscle.ts';

/** Scalenus anterior: front scalene behind the sternocleidomastoid; refers to the chest, the arm front and back, the thumb side of the hand and the inner edge of the shoulder blade. */
export const scalenusAnterior = defineMuscle({
  id: 'scalenus-anterior',
  name: 'Scalenus anterior',
  aliases: ['anterior scalene', 'scalenus anticus', 'front scalene', 'scalenes'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'scalenus anterior',
    uberon: 'UBERON:0008622',
    fma: 'FMA:13385',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'lifts the first rib during hard or upper-chest breathing',
    'tilts the neck to the same side and helps bend it forward; turns the neck slightly to the opposite side',
  ],
  restricts: [
    'cervical.lateral_flexion',
    'cervical.rotation',
    'cervical.extension',
    'breathing.deep_inspiration',
  ],
  painfulOn: ['cervical.lateral_flexion', 'cervical.flexion', 'breathing.deep_inspiration'],
  perpetuatedBy: [
    'paradoxical-breathing',
    'chronic-cough',
    'forward-head-posture',
    'prolonged-computer-work',
    'carrying-in-front',
    'lifting-heavy',
    'pushing-pulling',
    'heavy-backpack',
    'wind-instrument',
    'swimming',
    'poor-pillow',
    'whiplash',
    'leg-length-difference',
    'emotional-stress',
  ],
  symptoms: ['tingling', 'numbness', 'swelling', 'dropping-things', 'arm-heaviness', 'sleep-disturbance'],
  entrapments: [
    'brachial plexus (mainly the lower trunk) between the anterior and middle scalenes: tingling and numbness toward the little finger side of the hand',
    'subclavian artery in the same gap, and the subclavian vein in front of the muscle: swelling or stiffness of the hand and fingers',
  ],
  palpation: {
    position: 'client supine with the head turned slightly away and resting on a pillow',
    method: 'flat',
    howToFind:
      'find the back edge of the clavicular head of the sternocleidomastoid just above the collarbone; slide the fingers under it toward the spine and feel the firm band of the anterior scalene, which tightens when the client sniffs sharply',
  },
  treatment: {
    position: 'client supine, head turned slightly away, arm by the side',
    pressure:
      'flat fingertip pressure against the vertebrae behind the muscle, light to moderate; stop at once if the client feels tingling into the arm',
    expect: 'ache spreading to the upper chest, down the arm or to the inner edge of the shoulder blade',
  },
  selfCare: {
    pressure:
      'press the fingertips gently just above the collarbone behind the front neck muscle, 20 to 30 seconds, easing off if the hand tingles',
    stretch:
      'sit on the hand of the tight side, tilt the ear toward the opposite shoulder and turn the face slightly up toward the tight side; hold 30 seconds while breathing into the belly',
  },
  cautions: ['brachial-plexus', 'carotid-artery', 'jugular-vein', 'cardiac-symptoms'],
  related: [
    'scalenus-medius',
    'scalenus-posterior',
    'scalenus-minimus',
    'sternocleidomastoid-clavicular',
    'pectoralis-major-clavicular',
    'pectoralis-minor',
    'levator-scapulae',
    'upper-trapezius',
    'subclavius',
  ],
  triggerPoints: [
    {
      id: 'scalenus-anterior.central',
      label: 'TrP1',
      location: {
        region: 'supraclavicular',
        description:
          'low in the neck behind the clavicular head of the sternocleidomastoid, a few centimetres above the collarbone',
      },
      referral: [
        { region: 'pectoral', zone: 'essential', culprit: 'primary' },
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-upper-arm', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'primary' },
        { region: 'breast', zone: 'spillover', culprit: 'occasional' },
        { region: 'interscapular', zone: 'spillover', culprit: 'primary' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'primary' },
        { region: 'thumb', zone: 'spillover', culprit: 'primary' },
        { region: 'index-finger', zone: 'spillover', culprit: 'primary' },
        { region: 'anterior-deltoid', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the chest part comes as two finger-like strips reaching toward the nipple level; the pattern tends to skip the elbow',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 20, Scalene muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the scalene muscles' },
    { work: 'davies-2013', locator: 'ch. 6, Scalenes' },
    {
      work: 'simons-1999',
      locator:
        'Part 2 (upper back, shoulder and arm) pain guide: upper and mid-thoracic back pain; back-of-arm pain; front-of-arm pain; front-of-shoulder pain',
    },
    {
      work: 'simons-1999',
      locator:
        'Part 3 (elbow to finger) pain guide: dorsal and radial forearm pain; base-of-thumb and radial hand pain; dorsal finger pain',
    },
    { work: 'simons-1999', locator: 'Part 4 (torso) pain guide: front-of-chest pain' },
  ],
});
