import { defineMuscle } from '../define-muscle.ts';

/** Ischiocavernosus: runs along the pubic arch; refers to the perineum. */
export const ischiocavernosus = defineMuscle({
  id: 'ischiocavernosus',
  name: 'Ischiocavernosus',
  aliases: ['erector penis', 'erector clitoridis'],
  area: 'pelvis',
  paired: true,
  identifiers: {
    tableName: 'ischiocavernosus',
    uberon: 'UBERON:0001339',
    fma: 'FMA:19730',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'presses on the root of the penis or clitoris to keep blood in the erectile tissue',
    'steadies the erect penis',
  ],
  restricts: ['sitting'],
  painfulOn: ['pelvic_floor.contraction', 'sitting'],
  perpetuatedBy: ['prolonged-sitting', 'cycling', 'horse-riding', 'prolonged-pelvic-tension'],
  symptoms: ['painful-sitting', 'painful-intercourse', 'erectile-dysfunction'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with knees bent and apart',
    method: 'internal',
    howToFind:
      'follow the inner edge of the bony arch that runs from the sit bone forward to the pubic bone; the muscle lies along this edge, beside the genitals',
  },
  treatment: {
    position: 'supine with knees bent; only by a licensed, pelvic-trained practitioner with written consent',
    pressure: 'light pressure against the bony arch, held until the band softens',
    expect: 'aching in the perineum, sometimes toward the genitals',
  },
  selfCare: {
    pressure: 'sit on a soft, rolled towel under the perineum and relax the pelvic floor for 1 to 2 minutes',
    stretch:
      'lying on the back, soles together and knees falling apart (butterfly), breathing into the pelvis; 1 minute',
  },
  cautions: ['internal-work', 'pudendal-nerve'],
  related: ['bulbospongiosus', 'levator-ani', 'adductor-magnus'],
  triggerPoints: [
    {
      id: 'ischiocavernosus.central',
      label: 'TrP1',
      location: {
        region: 'perineum',
        description: 'along the inner edge of the bony arch between the sit bone and the pubic bone',
      },
      referral: [
        { region: 'perineum', zone: 'essential', culprit: 'primary' },
        { region: 'genital', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 6, Pelvic floor muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the pelvic floor muscles' },
  ],
});
