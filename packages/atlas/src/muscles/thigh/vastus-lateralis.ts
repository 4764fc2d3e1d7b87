import { defineMuscle } from '../define-muscle.ts';

/** Vastus lateralis: the large outer quadriceps, with many points along the outer thigh; outer thigh and knee pain. */
export const vastusLateralis = defineMuscle({
  id: 'vastus-lateralis',
  name: 'Vastus lateralis',
  aliases: ['outer quad'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'vastus lateralis',
    uberon: 'UBERON:0001379',
    fma: 'FMA:22431',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['straightens the knee', 'pulls the kneecap upward and a little outward'],
  restricts: ['knee.flexion', 'walking', 'stair_climbing', 'squatting'],
  painfulOn: ['knee.extension', 'walking', 'stair_climbing'],
  perpetuatedBy: ['sleeping-on-side', 'running', 'jumping', 'skiing', 'squatting-activity', 'immobilisation'],
  symptoms: ['buckling-knee', 'sleep-disturbance', 'limping'],
  entrapments: [],
  palpation: {
    position: 'client lying on the good side with a pillow between the knees, or on the back',
    method: 'flat',
    howToFind:
      'work in rows along the whole outer thigh, front to back, under the iliotibial band; the muscle is very thick and its points lie deep',
  },
  treatment: {
    position: 'side-lying on the good side, or supine',
    pressure: 'deep elbow or knuckle pressure toward the bone, then slow stripping along the fibres',
    expect: 'pain spreading along the outer thigh to the outer knee',
  },
  selfCare: {
    pressure:
      'lie on the side on a foam roller or ball, rolling slowly and holding on tender spots for 30 to 90 seconds',
    stretch: 'pull the heel to the buttock and let the knee drift slightly across the body; hold 30 seconds',
  },
  cautions: [],
  related: [
    'rectus-femoris',
    'vastus-intermedius',
    'vastus-medialis',
    'tensor-fasciae-latae',
    'gluteus-minimus-anterior',
    'biceps-femoris',
  ],
  triggerPoints: [
    {
      id: 'vastus-lateralis.distal-anterior',
      label: 'TrP1',
      location: {
        region: 'anterolateral-thigh',
        description: 'just above the outer upper corner of the kneecap',
      },
      referral: [
        { region: 'lateral-knee', zone: 'essential', culprit: 'primary' },
        { region: 'patella', zone: 'spillover', culprit: 'occasional' },
        { region: 'anterolateral-thigh', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'can hold the kneecap so that it feels stuck',
    },
    {
      id: 'vastus-lateralis.distal-posterior',
      label: 'TrP2',
      location: {
        region: 'lateral-thigh',
        description: 'on the outer thigh just above the knee, toward the back of the muscle',
      },
      referral: [
        { region: 'lateral-knee', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-leg', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'vastus-lateralis.mid',
      label: 'TrP3',
      location: {
        region: 'lateral-thigh',
        description: 'in the middle of the outer thigh, under the iliotibial band',
      },
      referral: [
        { region: 'lateral-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-knee', zone: 'spillover', culprit: 'common' },
        { region: 'lateral-hip', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'pain along the whole outer thigh makes lying on that side hard',
    },
    {
      id: 'vastus-lateralis.posterior',
      label: 'TrP4',
      location: {
        region: 'lateral-thigh',
        description: 'mid-thigh at the back edge of the muscle, next to the hamstrings',
      },
      referral: [
        { region: 'lateral-thigh', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-knee', zone: 'spillover', culprit: 'common' },
        { region: 'popliteal', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'vastus-lateralis.proximal',
      label: 'TrP5',
      location: {
        region: 'lateral-hip',
        description: 'high on the outer thigh, just below the greater trochanter',
      },
      referral: [
        { region: 'lateral-thigh', zone: 'essential', culprit: 'common' },
        { region: 'greater-trochanter', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the quadriceps femoris group' },
    { work: 'donnelly-2019', locator: 'chapter on the quadriceps femoris group' },
    { work: 'davies-2013', locator: 'section on the quadriceps' },
    { work: 'finando-2005', locator: 'section on the quadriceps' },
    {
      work: 'travell-simons-1992',
      locator: 'Part 2 (hip, thigh and knee) pain guide: lateral thigh and hip pain',
    },
  ],
});
