import { defineMuscle } from '../define-muscle.ts';

/** Iliacus: lines the inside of the pelvic bowl and joins the psoas; low back, sacroiliac and front-of-thigh pain. */
export const iliacus = defineMuscle({
  id: 'iliacus',
  name: 'Iliacus',
  aliases: ['iliopsoas (with psoas major)'],
  area: 'hip-buttock',
  paired: true,
  identifiers: {
    tableName: 'iliacus',
    uberon: 'UBERON:0001369',
    fma: 'FMA:22310',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the hip, lifting the thigh',
    'tips the pelvis forward when the thigh is fixed, as in standing',
  ],
  restricts: ['hip.extension', 'sit_to_stand', 'walking'],
  painfulOn: ['hip.flexion', 'sit_to_stand', 'stair_climbing'],
  perpetuatedBy: [
    'prolonged-sitting',
    'sleeping-fetal',
    'sit-ups',
    'driving-long',
    'kicking',
    'running-uphill',
  ],
  symptoms: [],
  entrapments: [
    'femoral nerve in the groove between iliacus and psoas (proposed)',
    'lateral femoral cutaneous nerve near the front hip bone point (proposed)',
  ],
  palpation: {
    position: 'client lying on the back with knees bent and supported',
    method: 'flat',
    howToFind:
      'curl the fingertips over the inside of the iliac crest just behind the front hip bone point and slide down into the bowl of the pelvis, keeping contact with the bone',
  },
  treatment: {
    position: 'supine with knees bent over a bolster, client breathing out as you sink in',
    pressure:
      'fingertip pressure against the inner surface of the pelvic bone, moving in small steps along the crest',
    expect: 'an ache in the low back or sacroiliac area and sometimes the front of the thigh',
  },
  selfCare: {
    pressure:
      'lying on the back, curl the fingertips over the inside of the hip bone near its front point and press gently for 30 to 60 seconds',
    stretch:
      'half-kneeling lunge with the sore-side knee down: tuck the tailbone and shift forward; hold 30 seconds',
  },
  cautions: ['abdominal-organs', 'femoral-triangle', 'hernia'],
  related: [
    'psoas-major',
    'quadratus-lumborum-deep',
    'rectus-femoris',
    'tensor-fasciae-latae',
    'sartorius',
    'pectineus',
    'gluteus-maximus',
  ],
  triggerPoints: [
    {
      id: 'iliacus.iliac-fossa',
      label: 'TrP1',
      location: {
        region: 'lower-abdomen',
        description: 'on the inner surface of the pelvic bowl, just inside the front of the iliac crest',
      },
      referral: [
        { region: 'lumbar', zone: 'essential', culprit: 'primary' },
        { region: 'sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'upper-buttock', zone: 'spillover', culprit: 'occasional' },
        { region: 'groin', zone: 'spillover', culprit: 'common' },
        { region: 'anterior-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'iliacus.distal',
      label: 'TrP2',
      location: {
        region: 'groin',
        description:
          'just below the groin crease, outside the femoral pulse, where the muscle crosses the front of the hip',
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'lumbar', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 5, Iliopsoas muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the iliopsoas muscle' },
    { work: 'davies-2013', locator: 'section on the iliopsoas' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: low back pain' },
  ],
});
