import { defineMuscle } from '../define-muscle.ts';

/** Serratus posterior inferior: a nagging local ache over the lower ribs at the back. */
export const serratusPosteriorInferior = defineMuscle({
  id: 'serratus-posterior-inferior',
  name: 'Serratus posterior inferior',
  aliases: ['lower serratus posterior', 'SPI'],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'serratus posterior inferior',
    uberon: 'UBERON:0001127',
    fma: 'FMA:13402',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the lowest four ribs down and back, steadying them against the pull of the diaphragm',
    'helps turn and extend the lower trunk',
  ],
  restricts: ['trunk.rotation', 'trunk.flexion', 'breathing.deep_inspiration'],
  painfulOn: ['trunk.rotation', 'trunk.extension'],
  perpetuatedBy: ['lifting-with-twist', 'bending-forward', 'pushing-pulling', 'chronic-cough', 'gardening'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying face down with a pillow under the belly',
    method: 'flat',
    howToFind:
      'press onto the ninth to twelfth ribs just outside the long back muscles, through latissimus dorsi, and feel for a tender band running up and out from the spine',
  },
  treatment: {
    position: 'prone with a pillow under the abdomen, or side-lying',
    pressure: 'flat thumb or palm pressure against the lower ribs; no deep pressure below the twelfth rib',
    expect: 'a local ache over the lower ribs that eases with the hold',
  },
  selfCare: {
    pressure: 'lie on a ball placed on the lower ribs beside the spine, 30 to 90 seconds',
    stretch:
      'sitting, round forward and twist the trunk toward the opposite side, breathing into the lower ribs; hold 30 seconds',
  },
  cautions: ['kidney-area', 'lungs', 'osteoporosis'],
  related: [
    'iliocostalis-thoracis',
    'longissimus-thoracis',
    'latissimus-dorsi',
    'quadratus-lumborum-superficial',
    'thoracic-multifidi',
    'rectus-abdominis-upper',
  ],
  triggerPoints: [
    {
      id: 'serratus-posterior-inferior.lower-ribs',
      label: 'TrP1',
      location: {
        region: 'lateral-back',
        description:
          'over the ninth to twelfth ribs just outside the long back muscles, under latissimus dorsi',
      },
      referral: [
        { region: 'lateral-back', zone: 'essential', culprit: 'common' },
        { region: 'lower-thoracic', zone: 'essential', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a nagging ache over and around the muscle that lingers after other back pain has gone; easily mistaken for kidney pain',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the serratus posterior inferior muscle (pain pattern figure p. 909)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the serratus posterior inferior muscle' },
    { work: 'davies-2013', locator: 'section on serratus posterior inferior' },
  ],
});
