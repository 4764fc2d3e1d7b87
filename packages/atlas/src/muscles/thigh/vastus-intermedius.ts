import { defineMuscle } from '../define-muscle.ts';

/** Vastus intermedius: the deep quadriceps under the rectus femoris; front-of-thigh pain. */
export const vastusIntermedius = defineMuscle({
  id: 'vastus-intermedius',
  name: 'Vastus intermedius',
  aliases: ['vastus intermedialis', 'deep quad'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'vastus intermedius',
    uberon: 'UBERON:0014847',
    fma: 'FMA:22433',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['straightens the knee'],
  restricts: ['knee.flexion', 'knee.extension', 'stair_climbing', 'sit_to_stand'],
  painfulOn: ['knee.extension', 'stair_climbing', 'sit_to_stand'],
  perpetuatedBy: ['running', 'jumping', 'skiing', 'squatting-activity', 'immobilisation'],
  symptoms: ['buckling-knee'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the leg straight and relaxed',
    method: 'flat',
    howToFind:
      'it lies deep under the rectus femoris; push the rectus femoris aside from its outer edge and press deep toward the bone in the upper half of the thigh',
  },
  treatment: {
    position: 'supine with a small pillow under the knee',
    pressure:
      'deep, slow pressure beside the rectus femoris toward the bone; stripping upward along the thigh',
    expect: 'an ache across the front of the thigh',
  },
  selfCare: {
    pressure:
      'lie face down on a foam roller or ball under the middle front of the thigh, holding on tender spots',
    stretch: 'pull the heel toward the buttock with the knee pointing down; hold 30 seconds',
  },
  cautions: [],
  related: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
  triggerPoints: [
    {
      id: 'vastus-intermedius.upper',
      label: 'TrP1',
      location: {
        region: 'anterior-thigh',
        description: 'deep under the rectus femoris, in the upper half of the thigh',
      },
      referral: [
        { region: 'anterior-thigh', zone: 'essential', culprit: 'common' },
        { region: 'suprapatellar', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'hard to reach; stiffness straightening the knee after sitting; often found after the other quadriceps points are treated',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the quadriceps femoris group' },
    { work: 'donnelly-2019', locator: 'chapter on the quadriceps femoris group' },
  ],
});
