import { defineMuscle } from '../define-muscle.ts';

/** Rectus femoris: the two-joint quadriceps muscle; a point high in the thigh sends pain to the kneecap. */
export const rectusFemoris = defineMuscle({
  id: 'rectus-femoris',
  name: 'Rectus femoris',
  aliases: ['rec fem'],
  area: 'thigh',
  paired: true,
  identifiers: {
    tableName: 'rectus femoris',
    uberon: 'UBERON:0001378',
    fma: 'FMA:22430',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['straightens the knee', 'bends the hip; it is the only quadriceps muscle that crosses the hip'],
  restricts: ['knee.flexion', 'hip.extension', 'stair_climbing', 'squatting'],
  painfulOn: ['knee.extension', 'hip.flexion', 'stair_climbing'],
  perpetuatedBy: [
    'prolonged-sitting',
    'deep-chair',
    'kicking',
    'sprinting',
    'jumping',
    'running-downhill',
    'skiing',
    'immobilisation',
  ],
  symptoms: ['sleep-disturbance'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the leg straight',
    method: 'flat',
    howToFind:
      'find the front hip bone point; the point lies a few finger widths below it, just under the hip crease, in the muscle that bulges when the client lifts the straight leg',
  },
  treatment: {
    position: 'supine with a small pillow under the knee',
    pressure: 'firm flat pressure into the upper belly, then slow stripping down the middle of the thigh',
    expect: 'an ache around and deep inside the kneecap, far from the spot being pressed',
  },
  selfCare: {
    pressure:
      'lie face down with a ball or roller under the top of the thigh just below the hip crease, 30 to 90 seconds',
    stretch:
      'lying on the side or standing, pull the heel to the buttock with the knee pointing down and the tailbone tucked; hold 30 seconds',
  },
  cautions: ['femoral-triangle'],
  related: [
    'vastus-medialis',
    'vastus-intermedius',
    'vastus-lateralis',
    'psoas-major',
    'iliacus',
    'sartorius',
    'tensor-fasciae-latae',
    'biceps-femoris',
    'semitendinosus',
    'semimembranosus',
  ],
  triggerPoints: [
    {
      id: 'rectus-femoris.upper',
      label: 'TrP1',
      location: {
        region: 'anterior-thigh',
        description:
          'high in the muscle, just below the hip crease and a little below the front hip bone point',
      },
      referral: [
        { region: 'patella', zone: 'essential', culprit: 'primary' },
        { region: 'suprapatellar', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'deep knee ache, often worse at night; weakness going down stairs',
    },
    {
      id: 'rectus-femoris.distal',
      label: 'TrP2',
      location: {
        region: 'suprapatellar',
        description:
          'low in the muscle on the front of the thigh, a short way above the upper edge of the kneecap where the belly narrows into its tendon',
      },
      referral: [
        { region: 'patella', zone: 'essential', culprit: 'common' },
        { region: 'suprapatellar', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a less usual site; the ache is felt deep inside the knee joint rather than on the skin',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the quadriceps femoris group' },
    { work: 'donnelly-2019', locator: 'chapter on the quadriceps femoris group' },
    { work: 'davies-2013', locator: 'section on the quadriceps' },
    { work: 'finando-2005', locator: 'section on the quadriceps' },
  ],
});
