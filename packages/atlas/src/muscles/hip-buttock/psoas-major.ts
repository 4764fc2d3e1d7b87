import { defineMuscle } from '../define-muscle.ts';

/** Psoas major: deep hip flexor along the lumbar spine; pain runs up and down beside the low back. */
export const psoasMajor = defineMuscle({
  id: 'psoas-major',
  name: 'Psoas major',
  aliases: ['psoas', 'iliopsoas (with iliacus)'],
  area: 'hip-buttock',
  paired: true,
  identifiers: {
    tableName: 'psoas major',
    uberon: 'UBERON:0001298',
    fma: 'FMA:18060',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the hip, lifting the thigh toward the trunk',
    'bends the trunk forward from lying and helps hold the lumbar spine upright when standing',
  ],
  restricts: ['hip.extension', 'trunk.extension', 'sit_to_stand', 'walking'],
  painfulOn: ['hip.flexion', 'sit_to_stand', 'stair_climbing'],
  perpetuatedBy: [
    'prolonged-sitting',
    'sleeping-fetal',
    'sit-ups',
    'driving-long',
    'running-uphill',
    'kicking',
    'bending-forward',
    'leg-length-difference',
  ],
  symptoms: [],
  entrapments: [
    'branches of the lumbar plexus (femoral, genitofemoral, lateral femoral cutaneous nerves) that pass through or beside the muscle (proposed)',
  ],
  palpation: {
    position: 'client lying on the back with knees bent and supported, belly relaxed',
    method: 'flat',
    howToFind:
      'at or just below navel level, lay the fingers flat just outside the edge of the rectus abdominis and sink slowly backward and inward toward the spine; ask the client to lift the foot an inch to feel the muscle firm up',
  },
  treatment: {
    position: 'supine with knees bent over a bolster',
    pressure:
      'slow, broad fingertip pressure angled toward the spine, waiting for the belly to soften before going deeper; move off any pulse',
    expect:
      'an ache running up and down beside the low back on the same side, sometimes into the groin or front of the thigh',
  },
  selfCare: {
    pressure:
      'lying face down, rest a soft ball beside the navel (outside the six-pack muscle) and let body weight sink in slowly for 30 to 60 seconds; stop on pulsing or nausea',
    stretch:
      'half-kneeling lunge with the sore-side knee down: tuck the tailbone and shift forward; hold 30 seconds',
  },
  cautions: ['abdominal-aorta', 'abdominal-organs', 'hernia', 'femoral-triangle', 'pregnancy'],
  related: [
    'iliacus',
    'quadratus-lumborum-deep',
    'quadratus-lumborum-superficial',
    'rectus-abdominis-lower',
    'rectus-femoris',
    'tensor-fasciae-latae',
    'pectineus',
    'sartorius',
    'adductor-longus',
    'gluteus-maximus',
    'lumbar-multifidi',
    'iliocostalis-lumborum',
  ],
  triggerPoints: [
    {
      id: 'psoas-major.lumbar',
      label: 'TrP1',
      location: {
        region: 'lower-abdomen',
        description:
          'felt through the belly wall just outside the edge of the rectus abdominis, at or below navel level',
      },
      referral: [
        { region: 'lumbar', zone: 'essential', culprit: 'primary' },
        { region: 'sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'upper-buttock', zone: 'spillover', culprit: 'occasional' },
        { region: 'sacrum', zone: 'spillover', culprit: 'occasional' },
        { region: 'groin', zone: 'spillover', culprit: 'common' },
        { region: 'anterior-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the back pain runs vertically beside the lumbar spine and is worse when standing up straight',
    },
    {
      id: 'psoas-major.distal',
      label: 'TrP2',
      location: {
        region: 'groin',
        description:
          'just below the groin crease, in the outer wall of the femoral triangle where the tendon heads to the inner thigh bone',
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'lumbar', zone: 'essential', culprit: 'primary' },
        { region: 'sacroiliac', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 5, Iliopsoas muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the iliopsoas muscle' },
    { work: 'davies-2013', locator: 'section on the iliopsoas' },
    { work: 'finando-2005', locator: 'section on the iliopsoas' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: low back pain' },
  ],
});
