import { defineMuscle } from '../define-muscle.ts';

/** Piriformis: deep hip rotator across the buttock; can press on the sciatic nerve. */
export const piriformis = defineMuscle({
  id: 'piriformis',
  name: 'Piriformis',
  aliases: ['pyriformis'],
  area: 'hip-buttock',
  paired: true,
  identifiers: {
    tableName: 'piriformis',
    uberon: 'UBERON:0008529',
    fma: 'FMA:19082',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the thigh outward when the hip is straight',
    'moves the thigh out to the side when the hip is bent to a right angle',
    'steadies the hip joint and the sacrum',
  ],
  restricts: ['hip.internal_rotation', 'hip.adduction', 'sitting', 'walking'],
  painfulOn: ['hip.external_rotation', 'sitting', 'sit_to_stand'],
  perpetuatedBy: [
    'prolonged-sitting',
    'driving-long',
    'sitting-on-wallet',
    'sitting-cross-legged',
    'running',
    'lifting-with-twist',
    'leg-length-difference',
    'morton-foot',
    'whiplash',
  ],
  symptoms: ['painful-sitting', 'tingling', 'numbness', 'painful-intercourse'],
  entrapments: [
    'sciatic nerve where it passes under, or in some people through, the muscle at the greater sciatic notch',
    'superior and inferior gluteal nerves and vessels',
    'pudendal nerve and vessels',
  ],
  palpation: {
    position:
      'client lying on the good side, top hip bent to about 90 degrees with the knee resting on the table',
    method: 'flat',
    howToFind:
      'draw a line from the top of the greater trochanter to where the sacrum meets the tailbone; the muscle lies under the gluteus maximus along the upper edge of this line, with one point just inside the trochanter and one near the edge of the sacrum',
  },
  treatment: {
    position:
      'side-lying with the top knee down on the table, or prone with the knee bent and the foot falling outward',
    pressure:
      'slow thumb or elbow pressure through the relaxed gluteus maximus, sinking in gradually; back off at once if tingling runs down the leg',
    expect: 'a deep buttock ache, sometimes spreading down the back of the thigh',
  },
  selfCare: {
    pressure:
      'sit or lie on a tennis ball midway between the sacrum and the greater trochanter, 30 to 90 seconds',
    stretch:
      'lying on the back, put the ankle of the sore leg on the opposite knee and pull that thigh toward the chest; hold 30 seconds',
  },
  cautions: ['sciatic-nerve', 'pudendal-nerve'],
  related: [
    'gluteus-maximus',
    'gluteus-medius',
    'gluteus-minimus-posterior',
    'deep-hip-rotators',
    'obturator-internus',
    'levator-ani',
    'coccygeus',
    'tensor-fasciae-latae',
    'adductor-magnus',
  ],
  triggerPoints: [
    {
      id: 'piriformis.lateral',
      label: 'TrP1',
      location: {
        region: 'lateral-buttock',
        description: 'about a third of the way from the greater trochanter toward the sacrum',
      },
      referral: [
        { region: 'sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'mid-buttock', zone: 'essential', culprit: 'common' },
        { region: 'lateral-buttock', zone: 'essential', culprit: 'common' },
        { region: 'posterior-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain over the back of the hip joint; sitting and getting up from a chair make it worse',
    },
    {
      id: 'piriformis.medial',
      label: 'TrP2',
      location: {
        region: 'mid-buttock',
        description:
          'close to the edge of the sacrum, where the muscle leaves the pelvis through the sciatic notch',
      },
      referral: [
        { region: 'sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'mid-buttock', zone: 'essential', culprit: 'common' },
        { region: 'lateral-buttock', zone: 'spillover', culprit: 'occasional' },
        { region: 'posterior-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 10, Piriformis and other short lateral rotators' },
    { work: 'donnelly-2019', locator: 'chapter on the piriformis muscle' },
    { work: 'davies-2013', locator: 'section on the piriformis' },
    { work: 'finando-2005', locator: 'section on the piriformis' },
  ],
});
