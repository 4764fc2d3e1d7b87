import { defineMuscle } from '../define-muscle.ts';

/** Diaphragm: pain at the lower rib margin, the side stitch, and trouble taking a full breath. */
export const diaphragm = defineMuscle({
  id: 'diaphragm',
  name: 'Diaphragm',
  aliases: ['thoracic diaphragm', 'respiratory diaphragm'],
  area: 'chest',
  paired: false,
  identifiers: {
    tableName: 'diaphragm',
    uberon: 'UBERON:0001103',
    fma: 'FMA:13295',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'the main muscle of breathing in: its dome flattens and draws air into the lungs',
    'raises pressure in the abdomen for coughing, lifting and bearing down',
  ],
  restricts: ['breathing.deep_inspiration', 'coughing'],
  painfulOn: ['breathing.deep_inspiration', 'coughing'],
  perpetuatedBy: [
    'paradoxical-breathing',
    'chronic-cough',
    'running',
    'prolonged-sitting',
    'emotional-stress',
    'pregnancy',
  ],
  symptoms: ['shortness-of-breath', 'side-stitch'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the knees bent over a bolster to soften the abdomen',
    method: 'flat',
    howToFind:
      'as the client breathes out, curl the fingertips up and under the front edge of the lower ribs and feel for tender attachments along the rib margin',
  },
  treatment: {
    position: 'supine, knees bent; work on the out-breath',
    pressure:
      'slow fingertip pressure hooked under the rib margin, following the breath; release at once if the pain is sharp or feels like an organ',
    expect: 'a deep ache under the lower ribs and easier breathing afterwards',
  },
  selfCare: {
    pressure:
      'lying with knees bent, hook the fingertips under the lower ribs while breathing out slowly, 30 to 60 seconds',
    stretch:
      'slow belly breathing: breathe in deeply into the abdomen, then breathe out fully and hold the empty breath briefly; repeat a few times',
  },
  cautions: ['abdominal-organs', 'cardiac-symptoms'],
  related: [
    'intercostals',
    'serratus-anterior',
    'transversus-abdominis',
    'rectus-abdominis-upper',
    'external-oblique',
    'quadratus-lumborum-deep',
    'scalenus-anterior',
  ],
  triggerPoints: [
    {
      id: 'diaphragm.costal-margin',
      label: 'TrP1',
      location: {
        region: 'lower-ribs',
        description:
          'at the attachments on the inside of the lower front ribs, reached by curling the fingers under the rib margin',
      },
      referral: [
        { region: 'lower-ribs', zone: 'essential', culprit: 'common' },
        { region: 'lateral-chest', zone: 'spillover', culprit: 'occasional' },
        { region: 'shoulder-top', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'bilateral',
      note: 'usually felt on one side at a time as a stitch at the rib margin on exertion; a spread to the top of the shoulder is a less certain part of the pattern',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the intercostal muscles and diaphragm (pain pattern figures pp. 863-864)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the intercostal muscles and diaphragm' },
  ],
});
