import { defineMuscle } from '../define-muscle.ts';

/** Sartorius: the long strap across the front of the thigh; sharp, surface pain along its course. */
export const sartorius = defineMuscle({
  id: 'sartorius',
  name: 'Sartorius',
  aliases: ["tailor's muscle"],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'sartorius',
    uberon: 'UBERON:0001373',
    fma: 'FMA:22353',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the hip, moves it out to the side and turns it outward, as when sitting cross-legged',
    'helps bend the knee and turn the shin inward',
  ],
  restricts: ['hip.extension', 'hip.internal_rotation'],
  painfulOn: ['hip.flexion', 'hip.external_rotation'],
  perpetuatedBy: ['sitting-cross-legged', 'running', 'kicking', 'dancing', 'cycling'],
  symptoms: ['tingling', 'burning', 'numbness'],
  entrapments: [
    'lateral femoral cutaneous nerve near the front hip bone point (burning outer thigh, meralgia paresthetica)',
  ],
  palpation: {
    position:
      'client lying on the back with the knee bent and the hip turned out, foot resting against the other shin',
    method: 'flat-or-pincer',
    howToFind:
      'follow the thin strap from just below the front hip bone point diagonally across the front of the thigh to the inside of the knee; it lies just under the skin and stands out when the client lifts the bent leg outward',
  },
  treatment: {
    position: 'supine with the leg in the figure-four position, knee supported',
    pressure:
      'light to moderate flat or pincer pressure along the strap; it is superficial and needs little force',
    expect: 'a sharp or tingling surface pain close to the point rather than a deep ache',
  },
  selfCare: {
    pressure: 'press or gently squeeze along the strap with the fingers, 30 seconds per tender spot',
    stretch:
      'lying on the good side, pull the top heel toward the buttock and let the knee drift slightly back and down; hold 30 seconds',
  },
  cautions: ['femoral-triangle', 'varicose-veins'],
  related: [
    'tensor-fasciae-latae',
    'rectus-femoris',
    'vastus-medialis',
    'gracilis',
    'adductor-longus',
    'pectineus',
    'psoas-major',
    'iliacus',
    'semitendinosus',
  ],
  triggerPoints: [
    {
      id: 'sartorius.upper',
      label: 'TrP1',
      location: {
        region: 'anterior-thigh',
        description: 'in the upper third, just below and inside the front hip bone point',
      },
      referral: [
        { region: 'anterior-thigh', zone: 'essential', culprit: 'common' },
        { region: 'anteromedial-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'sharp or tingling pain close to the surface',
    },
    {
      id: 'sartorius.middle',
      label: 'TrP2',
      location: {
        region: 'anteromedial-thigh',
        description: 'halfway down, where the strap crosses to the inside of the thigh',
      },
      referral: [
        { region: 'anteromedial-thigh', zone: 'essential', culprit: 'common' },
        { region: 'medial-thigh', zone: 'essential', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'sartorius.lower',
      label: 'TrP3',
      location: {
        region: 'medial-thigh',
        description: 'in the lower third, a little above the inside of the knee',
      },
      referral: [
        { region: 'medial-knee', zone: 'essential', culprit: 'common' },
        { region: 'medial-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the sartorius muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the sartorius muscle' },
    { work: 'travell-simons-1992', locator: 'Part 2 (hip, thigh and knee) pain guide: front-of-thigh pain' },
  ],
});
