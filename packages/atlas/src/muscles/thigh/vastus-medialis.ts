import { defineMuscle } from '../define-muscle.ts';

/** Vastus medialis: the inner quadriceps; inner knee pain and a knee that gives way. */
export const vastusMedialis = defineMuscle({
  id: 'vastus-medialis',
  name: 'Vastus medialis',
  aliases: ['VMO (lower oblique fibres)', 'inner quad'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'vastus medialis',
    uberon: 'UBERON:0001380',
    fma: 'FMA:22432',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['straightens the knee', 'its lower fibres help keep the kneecap tracking in the middle'],
  restricts: ['knee.flexion', 'stair_climbing', 'squatting'],
  painfulOn: ['knee.extension', 'stair_climbing', 'squatting'],
  perpetuatedBy: [
    'kneeling',
    'squatting-activity',
    'running',
    'jumping',
    'skiing',
    'morton-foot',
    'flat-feet',
  ],
  symptoms: ['buckling-knee', 'sleep-disturbance'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the knee slightly bent over a small pillow',
    method: 'flat-or-pincer',
    howToFind:
      'the lower point lies in the teardrop bulge just above and inside the kneecap; the upper point lies halfway up the inner front of the thigh, beside the sartorius',
  },
  treatment: {
    position: 'supine, knee supported',
    pressure: 'flat pressure toward the thigh bone, or pincer grip of the lower bulge',
    expect: 'an ache on the inside of the knee',
  },
  selfCare: {
    pressure: 'sitting, press the thumbs or a ball into the bulge above the inner knee, 30 to 90 seconds',
    stretch: 'standing or lying on the side, pull the heel to the buttock; hold 30 seconds',
  },
  cautions: ['femoral-triangle', 'varicose-veins'],
  related: [
    'rectus-femoris',
    'vastus-intermedius',
    'vastus-lateralis',
    'sartorius',
    'adductor-longus',
    'gracilis',
    'biceps-femoris',
  ],
  triggerPoints: [
    {
      id: 'vastus-medialis.distal',
      label: 'TrP1',
      location: {
        region: 'anteromedial-thigh',
        description: 'in the teardrop bulge just above and inside the kneecap',
      },
      referral: [
        { region: 'medial-knee', zone: 'essential', culprit: 'primary' },
        { region: 'patella', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'can make the knee give way without warning, often with little pain',
    },
    {
      id: 'vastus-medialis.proximal',
      label: 'TrP2',
      location: { region: 'anteromedial-thigh', description: 'halfway up the inner front of the thigh' },
      referral: [
        { region: 'anteromedial-thigh', zone: 'essential', culprit: 'common' },
        { region: 'medial-thigh', zone: 'spillover', culprit: 'primary' },
        { region: 'medial-knee', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the quadriceps femoris group' },
    {
      work: 'travell-simons-1992',
      locator: 'hip, thigh and knee pain guide: inner-thigh pain, vastus medialis listed second',
    },
    { work: 'donnelly-2019', locator: 'chapter on the quadriceps femoris group' },
    { work: 'davies-2013', locator: 'section on the quadriceps' },
    { work: 'travell-simons-1992', locator: 'Part 2 (hip, thigh and knee) pain guide: front-of-knee pain' },
  ],
});
