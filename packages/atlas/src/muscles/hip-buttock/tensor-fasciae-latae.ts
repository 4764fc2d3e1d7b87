import { defineMuscle } from '../define-muscle.ts';

/** Tensor fasciae latae: front-side hip muscle pulling on the iliotibial band; mimics trochanteric bursitis. */
export const tensorFasciaeLatae = defineMuscle({
  id: 'tensor-fasciae-latae',
  name: 'Tensor fasciae latae',
  aliases: ['TFL', 'tensor fasciae femoris'],
  area: 'hip-buttock',
  paired: true,
  identifiers: {
    tableName: 'tensor fasciae latae',
    uberon: 'UBERON:0001376',
    fma: 'FMA:22423',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'helps bend the hip, move the thigh out to the side and turn it inward',
    'tightens the iliotibial band to steady the hip and knee in standing and walking',
  ],
  restricts: ['hip.extension', 'hip.adduction', 'walking', 'sitting'],
  painfulOn: ['hip.flexion', 'hip.abduction', 'walking'],
  perpetuatedBy: [
    'running',
    'running-on-camber',
    'running-uphill',
    'walking-on-sand',
    'prolonged-sitting',
    'sleeping-fetal',
    'immobilisation',
  ],
  symptoms: ['sleep-disturbance', 'limping'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back',
    method: 'flat',
    howToFind:
      'place the fingers just below and outside the front hip bone point; ask the client to turn the thigh inward against light resistance and feel the muscle bulge in front of the greater trochanter',
  },
  treatment: {
    position: 'supine, or side-lying on the good side with the top leg supported',
    pressure: 'flat thumb or elbow pressure into the belly, then slow stripping down toward the trochanter',
    expect: 'a deep ache over the hip joint area and down the outer thigh',
  },
  selfCare: {
    pressure:
      'lie face down turned slightly to the side, with a ball under the front of the hip just below and outside the hip bone point, 30 to 90 seconds',
    stretch:
      'standing, step the sore leg behind the other, tuck the tailbone and push the hip out to the side; hold 30 seconds',
  },
  cautions: [],
  related: [
    'gluteus-medius',
    'gluteus-minimus-anterior',
    'rectus-femoris',
    'sartorius',
    'vastus-lateralis',
    'psoas-major',
    'iliacus',
  ],
  triggerPoints: [
    {
      id: 'tensor-fasciae-latae.belly',
      label: 'TrP1',
      location: {
        region: 'lateral-hip',
        description:
          'in the upper belly of the muscle, a few finger widths below and outside the front hip bone point',
      },
      referral: [
        { region: 'lateral-hip', zone: 'essential', culprit: 'common' },
        { region: 'greater-trochanter', zone: 'essential', culprit: 'common' },
        { region: 'anterolateral-thigh', zone: 'essential', culprit: 'common' },
        { region: 'lateral-thigh', zone: 'spillover', culprit: 'common' },
        { region: 'lateral-knee', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'can be mistaken for trochanteric bursitis; lying on that side and walking fast hurt',
    },
    {
      id: 'tensor-fasciae-latae.front-edge',
      label: 'TrP2',
      location: {
        region: 'lateral-hip',
        description:
          'at the front edge of the muscle, directly under the front hip bone point, a finger width or two in front of the first point',
      },
      referral: [
        { region: 'lateral-hip', zone: 'essential', culprit: 'common' },
        { region: 'greater-trochanter', zone: 'essential', culprit: 'common' },
        { region: 'anterolateral-thigh', zone: 'spillover', culprit: 'common' },
        { region: 'lateral-thigh', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'same hip-joint ache in front of the trochanter as the first point; check both sites',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'chapter on the tensor fasciae latae muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the tensor fasciae latae muscle' },
    { work: 'finando-2005', locator: 'section on the tensor fasciae latae' },
    {
      work: 'davies-2013',
      locator:
        'hip, thigh and knee chapter, section on the tensor fasciae latae (two sites below the front hip bone)',
    },
  ],
});
