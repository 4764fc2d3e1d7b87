import { defineMuscle } from '../define-muscle.ts';

/** Upper rectus abdominis: a band of mid-back pain on both sides, and heartburn-like upper abdominal pain. */
export const rectusAbdominisUpper = defineMuscle({
  id: 'rectus-abdominis-upper',
  name: 'Rectus abdominis, upper part',
  aliases: ['upper rectus abdominis', 'upper abs', 'upper six-pack'],
  area: 'abdomen',
  paired: true,
  identifiers: {
    tableName: 'rectus abdominis',
    uberon: 'UBERON:0002382',
    fma: 'FMA:9628',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'curls the trunk forward, drawing the ribcage toward the pelvis',
    'tightens the front of the abdomen for coughing, lifting and bearing down',
  ],
  restricts: ['trunk.extension', 'thoracic.extension', 'breathing.deep_inspiration'],
  painfulOn: ['trunk.flexion', 'coughing'],
  perpetuatedBy: [
    'sit-ups',
    'rounded-shoulders',
    'prolonged-sitting',
    'chronic-cough',
    'emotional-stress',
    'abdominal-surgery',
  ],
  symptoms: ['heartburn', 'bloating', 'nausea'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back; to find the edges, ask for a small head lift, then relax',
    method: 'flat-or-pincer',
    howToFind:
      'work along the muscle just below the lower rib margin on each side of the breastbone tip; in slim clients lift the muscle edge between thumb and fingers',
  },
  treatment: {
    position: 'supine with a thin pillow under the knees',
    pressure:
      'flat fingertip pressure or pincer grip on the band between the rib margin and the navel; slow and broad',
    expect:
      'local tenderness, sometimes an ache felt across the mid-back or a feeling of fullness under the breastbone',
  },
  selfCare: {
    pressure: 'lying on the back, press the tender band with the fingertips of both hands, 30 to 90 seconds',
    stretch:
      'lie face down and press up on the forearms or hands, letting the belly stay on the floor and breathing into it; hold 30 seconds',
  },
  cautions: ['abdominal-organs', 'abdominal-aorta', 'hernia'],
  related: [
    'rectus-abdominis-lower',
    'external-oblique',
    'transversus-abdominis',
    'diaphragm',
    'iliocostalis-thoracis',
    'longissimus-thoracis',
    'thoracic-multifidi',
    'serratus-posterior-inferior',
  ],
  triggerPoints: [
    {
      id: 'rectus-abdominis-upper.xiphoid',
      label: 'TrP1',
      location: {
        region: 'epigastric',
        description:
          'in the top of the muscle just below the rib margin, a finger or two beside the tip of the breastbone',
      },
      referral: [
        { region: 'lower-thoracic', zone: 'essential', culprit: 'common' },
        { region: 'contra.lower-thoracic', zone: 'essential', culprit: 'common' },
        { region: 'epigastric', zone: 'essential', culprit: 'primary' },
        { region: 'upper-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'bilateral',
      note: 'refers a horizontal band across the back at the level where the thoracic spine meets the lumbar spine, plus heartburn-like fullness in the pit of the stomach',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the abdominal muscles, rectus abdominis (pain pattern figure p. 944)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the abdominal muscles' },
    { work: 'davies-2013', locator: 'section on rectus abdominis' },
    { work: 'finando-2005', locator: 'section on rectus abdominis' },
  ],
});
