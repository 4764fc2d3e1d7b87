import { defineMuscle } from '../define-muscle.ts';

/** Rotatores: the shortest, deepest back muscles, one vertebra long; their points give midline pain and a spinous process sore to tapping at the same level. */
export const rotatores = defineMuscle({
  id: 'rotatores',
  name: 'Rotatores',
  aliases: ['rotatores muscles', 'rotator muscles of the spine', 'rotatores thoracis', 'rotatores lumborum'],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'rotator muscle',
    uberon: 'UBERON:0000951',
    fma: 'FMA:23081',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turn each vertebra a little toward the opposite side and hold it steady on the one below',
    'sense and fine-tune the position of single spinal segments',
  ],
  restricts: ['thoracic.rotation', 'trunk.rotation', 'trunk.flexion'],
  painfulOn: ['trunk.rotation', 'thoracic.rotation'],
  perpetuatedBy: ['prolonged-sitting', 'lifting-with-twist', 'bending-forward', 'whiplash'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying face down with a pillow under the belly, or sitting bent slightly forward',
    method: 'flat',
    howToFind:
      'the muscles lie too deep to feel apart from the multifidi; tap lightly on each spinous process and press deep in the groove right beside it, and look for the level where the bone is sore to tapping',
  },
  treatment: {
    position: 'prone over a pillow, or seated leaning forward onto a table',
    pressure:
      'thumb pressure deep in the groove beside the sore spinous process, angled in toward the bone between two vertebrae',
    expect: 'a deep local ache in the middle of the back at that level, without a distant spread',
  },
  selfCare: {
    pressure:
      'lie on two balls in a sock placed either side of the spine at the sore level, 30 to 90 seconds',
    stretch:
      'sit with the arms crossed, round the back slightly and turn slowly to each side as far as is easy; hold 20 to 30 seconds',
  },
  cautions: ['osteoporosis', 'kidney-area'],
  related: [
    'thoracic-multifidi',
    'lumbar-multifidi',
    'longissimus-thoracis',
    'iliocostalis-thoracis',
    'iliocostalis-lumborum',
  ],
  triggerPoints: [
    {
      id: 'rotatores.thoracic',
      label: 'TrP1',
      location: {
        region: 'mid-thoracic',
        description: 'deepest layer beside a spinous process in the middle of the back',
      },
      referral: [{ region: 'mid-thoracic', zone: 'essential', culprit: 'occasional' }],
      laterality: 'ipsilateral',
      note: 'pain sits in the midline over the spinous processes at the level of the point, and that spinous process is sore to tapping',
    },
    {
      id: 'rotatores.lumbar',
      label: 'TrP2',
      location: {
        region: 'lumbar',
        description: 'deepest layer beside a lumbar spinous process',
      },
      referral: [{ region: 'lumbar', zone: 'essential', culprit: 'occasional' }],
      laterality: 'ipsilateral',
      note: 'midline low back pain at the level of the point with a spinous process sore to tapping; does not spread to the buttock or belly as multifidus points can',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator:
        'chapter on the thoracolumbar paraspinal muscles, multifidi and rotatores (rotatores pain pattern, p. 917)',
    },
  ],
});
