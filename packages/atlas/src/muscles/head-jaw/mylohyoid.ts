import { defineMuscle } from '../define-muscle.ts';

/** Mylohyoid: the sheet of muscle forming the floor of the mouth; refers into the tongue. */
export const mylohyoid = defineMuscle({
  id: 'mylohyoid',
  name: 'Mylohyoid',
  aliases: ['mylohyoid muscle', 'floor of the mouth muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'mylohyoid',
    uberon: 'UBERON:0001564',
    fma: 'FMA:46320',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'raises the floor of the mouth and the tongue when swallowing and speaking',
    'lifts the hyoid bone or helps lower the jaw',
  ],
  restricts: ['swallowing'],
  painfulOn: ['swallowing'],
  perpetuatedBy: [
    'mouth-breathing',
    'forward-head-posture',
    'teeth-clenching',
    'bruxism',
    'emotional-stress',
  ],
  symptoms: ['difficulty-swallowing', 'sore-throat'],
  entrapments: [],
  palpation: {
    position: 'client supine, head in neutral with the teeth lightly together',
    method: 'flat',
    howToFind:
      'press upward with a fingertip under the jaw, just inside the bone between the chin and the jaw angle; ask the client to press the tongue to the roof of the mouth and feel the floor of the mouth firm up',
  },
  treatment: {
    position: 'client supine, head slightly extended',
    pressure:
      'light upward fingertip pressure along the inner edge of the jaw, working from the chin back toward the angle',
    expect: 'an ache or odd feeling in the tongue, sometimes toward the throat',
  },
  selfCare: {
    pressure:
      'press the thumb gently up under the jaw just inside the bone and hold at tender spots, 20 to 30 seconds',
    stretch:
      'tip the head back with the lips closed and the tongue resting low in the mouth; hold 20 seconds',
  },
  cautions: ['thyroid', 'carotid-artery'],
  related: ['digastric-anterior', 'digastric-posterior', 'medial-pterygoid', 'platysma'],
  triggerPoints: [
    {
      id: 'mylohyoid.central',
      label: 'TrP1',
      location: {
        region: 'mandible',
        description: 'under the jaw, just inside the lower edge of the bone between the chin and the angle',
      },
      referral: [
        { region: 'tongue', zone: 'essential', culprit: 'common' },
        { region: 'throat', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pattern described briefly in the references; pain is felt mostly in the tongue',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 12, Digastric muscle (section on the other anterior neck muscles)' },
    { work: 'donnelly-2019', locator: 'chapter on the digastric and anterior neck muscles' },
  ],
});
