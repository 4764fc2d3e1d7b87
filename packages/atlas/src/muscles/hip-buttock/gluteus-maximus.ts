import { defineMuscle } from '../define-muscle.ts';

/** Gluteus maximus: the big buttock muscle; pain stays local in the buttock, sacrum and tailbone. */
export const gluteusMaximus = defineMuscle({
  id: 'gluteus-maximus',
  name: 'Gluteus maximus',
  aliases: ['glute max', 'great gluteal muscle'],
  area: 'hip-buttock',
  paired: true,
  identifiers: {
    tableName: 'gluteus maximus',
    uberon: 'UBERON:0001370',
    fma: 'FMA:22314',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'extends the hip with force, as in climbing stairs, rising from a squat or running',
    'turns the thigh outward and, through the iliotibial band, helps steady the knee',
  ],
  restricts: ['hip.flexion', 'trunk.flexion', 'stair_climbing', 'sit_to_stand', 'squatting'],
  painfulOn: ['hip.extension', 'stair_climbing', 'sit_to_stand'],
  perpetuatedBy: [
    'prolonged-sitting',
    'running-uphill',
    'stairs',
    'swimming',
    'bending-forward',
    'lifting-heavy',
    'sleeping-fetal',
    'sleeping-on-side',
    'whiplash',
  ],
  symptoms: ['painful-sitting', 'sleep-disturbance'],
  entrapments: [],
  palpation: {
    position: 'client lying on the side with the top knee bent and resting on a pillow, or face down',
    method: 'flat-or-pincer',
    howToFind:
      'feel beside the edge of the sacrum, then just above the sit bone, then along the lowest fibres next to the tailbone; the muscle hardens when the client squeezes the buttocks',
  },
  treatment: {
    position: 'prone with a pillow under the hips, or side-lying',
    pressure:
      'broad thumb or elbow pressure into the band, angled toward the bone; over the sit bone press across the fibres rather than straight down',
    expect:
      'a deep ache spreading through the buttock or beside the sacrum; hard chairs often feel easier afterwards',
  },
  selfCare: {
    pressure: 'lie on a tennis ball beside the sacrum or just above the sit bone, 30 to 90 seconds per spot',
    stretch: 'lying on the back, pull one knee toward the opposite shoulder and hold 30 seconds',
  },
  cautions: ['sciatic-nerve'],
  related: [
    'gluteus-medius',
    'gluteus-minimus-posterior',
    'piriformis',
    'semitendinosus',
    'semimembranosus',
    'biceps-femoris',
    'coccygeus',
    'levator-ani',
    'lumbar-multifidi',
    'iliocostalis-lumborum',
    'psoas-major',
    'rectus-femoris',
  ],
  triggerPoints: [
    {
      id: 'gluteus-maximus.sacral',
      label: 'TrP1',
      location: {
        region: 'sacroiliac',
        description: 'beside the edge of the sacrum, a little below the level of the sacroiliac joint',
      },
      referral: [
        { region: 'sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'sacrum', zone: 'essential', culprit: 'common' },
        { region: 'gluteal-fold', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a crescent of pain along the sacrum and the buttock cleft, down toward the buttock crease',
    },
    {
      id: 'gluteus-maximus.ischial',
      label: 'TrP2',
      location: { region: 'lower-buttock', description: 'just above the sit bone' },
      referral: [
        { region: 'mid-buttock', zone: 'essential', culprit: 'primary' },
        { region: 'lower-buttock', zone: 'essential', culprit: 'primary' },
        { region: 'upper-buttock', zone: 'spillover', culprit: 'primary' },
        { region: 'lateral-buttock', zone: 'spillover', culprit: 'occasional' },
        { region: 'sacrum', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the most common of the three; sitting on a hard seat can press sharply on it',
    },
    {
      id: 'gluteus-maximus.coccygeal',
      label: 'TrP3',
      location: { region: 'coccyx', description: 'in the lowest, innermost fibres next to the tailbone' },
      referral: [
        { region: 'coccyx', zone: 'essential', culprit: 'common' },
        { region: 'lower-buttock', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 7, Gluteus maximus muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the gluteus maximus muscle' },
    { work: 'davies-2013', locator: 'section on the gluteus maximus' },
    { work: 'finando-2005', locator: 'section on the gluteus maximus' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: buttock pain' },
  ],
});
