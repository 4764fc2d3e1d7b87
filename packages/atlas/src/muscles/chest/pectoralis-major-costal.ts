import { defineMuscle } from '../define-muscle.ts';

/** Costal and abdominal part of pectoralis major: breast soreness, and the right-side arrhythmia point. */
export const pectoralisMajorCostal = defineMuscle({
  id: 'pectoralis-major-costal',
  name: 'Pectoralis major, costal and abdominal part',
  aliases: ['lower pectoralis major', 'costal pectoralis major', 'abdominal part of pectoralis major'],
  area: 'chest',
  paired: true,
  identifiers: {
    tableName: 'pectoralis major',
    uberon: 'UBERON:0002381',
    fma: 'FMA:9627',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['pulls the raised arm down and in toward the hip', 'draws the shoulder down and forward'],
  restricts: ['shoulder.flexion', 'shoulder.abduction', 'shoulder.external_rotation'],
  painfulOn: ['shoulder.adduction', 'shoulder.extension'],
  perpetuatedBy: [
    'rounded-shoulders',
    'push-ups',
    'weight-training',
    'climbing',
    'swimming',
    'carrying-in-front',
    'immobilisation',
  ],
  symptoms: ['breast-tenderness', 'irregular-heartbeat'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back, arm raised to about 120 degrees and supported',
    method: 'pincer',
    howToFind:
      'take the lower outer edge of the muscle, where it forms the front fold of the armpit, between thumb and fingers and roll it against the ribs below and outside the nipple',
  },
  treatment: {
    position: 'supine with the arm raised overhead on a pillow; the client may hold breast tissue aside',
    pressure:
      'pincer compression of the lower border, moving along it from the armpit toward the rib cartilages',
    expect: 'soreness or a deep ache in the breast and nipple area that fades during the hold',
  },
  selfCare: {
    pressure: 'squeeze the lower edge of the armpit fold between thumb and fingers, 30 to 90 seconds',
    stretch:
      'doorway stretch with the forearm high on the frame, above shoulder height, leaning forward and slightly away; hold 30 seconds',
  },
  cautions: ['breast-tissue', 'cardiac-symptoms', 'axillary-vessels'],
  related: [
    'pectoralis-major-sternal',
    'pectoralis-minor',
    'serratus-anterior',
    'latissimus-dorsi',
    'intercostals',
    'external-oblique',
  ],
  triggerPoints: [
    {
      id: 'pectoralis-major-costal.lateral-border',
      label: 'TrP1',
      location: {
        region: 'pectoral',
        description:
          'in the lower outer edge of the muscle near the armpit fold, roughly level with the fifth and sixth ribs',
      },
      referral: [
        { region: 'breast', zone: 'essential', culprit: 'primary' },
        { region: 'pectoral', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'breast soreness, a hypersensitive nipple and intolerance of tight clothing',
    },
    {
      id: 'pectoralis-major-costal.arrhythmia',
      label: 'arrhythmia TrP',
      location: {
        region: 'pectoral',
        description:
          'described on the right side: in the space between the fifth and sixth ribs, midway between the edge of the breastbone and the nipple line',
      },
      referral: [{ region: 'pectoral', zone: 'essential', culprit: 'occasional' }],
      laterality: 'ipsilateral',
      note: 'tender locally but usually not painful; linked in the references with extra or skipped heartbeats. Any palpitations need medical assessment first',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the pectoralis major muscle (pain pattern figures pp. 820-822)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the pectoralis major and subclavius muscles' },
    { work: 'davies-2013', locator: 'section on pectoralis major' },
  ],
});
