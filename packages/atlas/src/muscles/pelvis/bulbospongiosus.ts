import { defineMuscle } from '../define-muscle.ts';

/** Bulbospongiosus: superficial perineal muscle; aching perineum, painful intercourse, erectile difficulty. */
export const bulbospongiosus = defineMuscle({
  id: 'bulbospongiosus',
  name: 'Bulbospongiosus',
  aliases: ['bulbocavernosus'],
  area: 'pelvis',
  paired: true,
  identifiers: {
    tableName: 'bulbospongiosus muscle',
    uberon: 'UBERON:0011389',
    fma: 'FMA:19729',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'squeezes out the last drops of urine and semen from the urethra',
    'helps erection of the penis or clitoris and narrows the vaginal opening',
  ],
  restricts: ['sitting', 'pelvic_floor.contraction'],
  painfulOn: ['pelvic_floor.contraction', 'sitting'],
  perpetuatedBy: ['prolonged-sitting', 'cycling', 'horse-riding', 'prolonged-pelvic-tension', 'pregnancy'],
  symptoms: ['painful-sitting', 'painful-intercourse', 'erectile-dysfunction'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with knees bent and apart, or on the side',
    method: 'internal',
    howToFind:
      'on the perineum either side of the midline, between the genitals and the anus; in women it lies just inside the sides of the vaginal opening, in men around the bulb of the penis behind the scrotum',
  },
  treatment: {
    position: 'supine with knees bent; only by a licensed, pelvic-trained practitioner with written consent',
    pressure: 'light, steady pressure on the band, held until it softens',
    expect: 'the familiar ache in the perineum or at the base of the genitals',
  },
  selfCare: {
    pressure: 'sit on a soft, rolled towel along the perineum and relax the pelvic floor for 1 to 2 minutes',
    stretch:
      "rest in a deep supported squat or child's pose, letting the pelvic floor drop with each breath in",
  },
  cautions: ['internal-work', 'pudendal-nerve'],
  related: ['ischiocavernosus', 'levator-ani', 'external-anal-sphincter', 'adductor-magnus'],
  triggerPoints: [
    {
      id: 'bulbospongiosus.central',
      label: 'TrP1',
      location: {
        region: 'perineum',
        description: 'in the muscle beside the midline of the perineum, in front of the anus',
      },
      referral: [
        { region: 'perineum', zone: 'essential', culprit: 'primary' },
        { region: 'genital', zone: 'essential', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'aching perineum when sitting upright; in women pain on entry, in men discomfort at the base of the penis',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 6, Pelvic floor muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the pelvic floor muscles' },
  ],
});
