import { defineMuscle } from '../define-muscle.ts';

/** External anal sphincter: the ring of muscle closing the anus; poorly localised anal pain. */
export const externalAnalSphincter = defineMuscle({
  id: 'external-anal-sphincter',
  name: 'External anal sphincter',
  aliases: ['sphincter ani', 'anal sphincter'],
  area: 'pelvis',
  paired: false,
  identifiers: {
    tableName: 'external anal sphincter',
    uberon: 'UBERON:0001367',
    fma: 'FMA:21930',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['keeps the anus closed', 'relaxes to let stool pass'],
  restricts: ['defecation', 'sitting'],
  painfulOn: ['defecation', 'pelvic_floor.contraction', 'sitting'],
  perpetuatedBy: ['constipation', 'prolonged-sitting', 'prolonged-pelvic-tension', 'emotional-stress'],
  symptoms: ['painful-bowel-movement', 'painful-sitting'],
  entrapments: [],
  palpation: {
    position: 'client lying on the side with hips and knees bent',
    method: 'internal',
    howToFind:
      'the ring of muscle around the anal opening; tenderness is checked around the ring from inside by a trained practitioner, or gently from outside at the edge of the anus',
  },
  treatment: {
    position:
      'side-lying; internal work only by a licensed, pelvic-trained practitioner with written consent',
    pressure: 'very light, steady pressure on the tender part of the ring, held until it softens',
    expect: 'a vague ache in and around the anus that eases',
  },
  selfCare: {
    pressure:
      'sit on a soft cushion with a hole in the middle and relax the buttocks; avoid straining at stool',
    stretch:
      "child's pose or a supported deep squat with slow breathing, letting the anus soften on each breath in",
  },
  cautions: ['internal-work', 'pudendal-nerve'],
  related: ['levator-ani', 'coccygeus', 'bulbospongiosus'],
  triggerPoints: [
    {
      id: 'external-anal-sphincter.ring',
      label: 'TrP1',
      location: { region: 'rectal', description: 'in the ring of muscle around the anal opening' },
      referral: [
        { region: 'rectal', zone: 'essential', culprit: 'common' },
        { region: 'coccyx', zone: 'spillover', culprit: 'occasional' },
        { region: 'perineum', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a diffuse, hard-to-place pain around the anus, worse with bowel movements',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 6, Pelvic floor muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the pelvic floor muscles' },
  ],
});
