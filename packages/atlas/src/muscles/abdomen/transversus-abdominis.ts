import { defineMuscle } from '../define-muscle.ts';

/** Transversus abdominis: a band of pain across the upper abdomen between the rib margins. */
export const transversusAbdominis = defineMuscle({
  id: 'transversus-abdominis',
  name: 'Transversus abdominis',
  aliases: ['transverse abdominis', 'transverse abdominal muscle', 'TVA'],
  area: 'abdomen',
  paired: true,
  identifiers: {
    tableName: 'transversus abdominis',
    uberon: 'UBERON:0001221',
    fma: 'FMA:15570',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'draws the belly wall in like a corset, raising pressure in the abdomen',
    'helps forced breathing out and steadies the lower spine and pelvis before limb movement',
  ],
  restricts: ['breathing.deep_inspiration', 'trunk.extension'],
  painfulOn: ['coughing'],
  perpetuatedBy: ['chronic-cough', 'lifting-heavy', 'sit-ups', 'abdominal-surgery', 'pregnancy'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the knees bent over a bolster',
    method: 'flat',
    howToFind:
      'it lies deepest of the three flat muscles; feel for tenderness just under the front edge of the lower ribs, pressing up and under the rib margin as the client breathes out',
  },
  treatment: {
    position: 'supine, knees bent; work on the out-breath',
    pressure: 'slow fingertip pressure hooked under the rib cartilages, moving along the margin',
    expect: 'an ache across the upper abdomen that fades during the hold',
  },
  selfCare: {
    pressure:
      'lying on the back, hook the fingertips gently under the lower rib margin while breathing out, 30 to 60 seconds',
    stretch:
      'lie face down and press up on the hands, letting the belly relax toward the floor, and breathe deeply into it; hold 30 seconds',
  },
  cautions: ['abdominal-organs', 'hernia'],
  related: [
    'internal-oblique',
    'external-oblique',
    'rectus-abdominis-upper',
    'diaphragm',
    'quadratus-lumborum-deep',
  ],
  triggerPoints: [
    {
      id: 'transversus-abdominis.costal-margin',
      label: 'TrP1',
      location: {
        region: 'lower-ribs',
        description: 'along the attachments on the inside of the lower front rib cartilages',
      },
      referral: [
        { region: 'epigastric', zone: 'essential', culprit: 'common' },
        { region: 'upper-abdomen', zone: 'essential', culprit: 'occasional' },
        { region: 'contra.upper-abdomen', zone: 'essential', culprit: 'occasional' },
      ],
      laterality: 'crosses-midline',
      note: 'a band of pain running across the upper abdomen from one rib margin to the other',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the abdominal muscles, transversus abdominis (pain pattern figure p. 942)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the abdominal muscles' },
  ],
});
