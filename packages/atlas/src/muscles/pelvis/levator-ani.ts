import { defineMuscle } from '../define-muscle.ts';

/** Levator ani: the main sling of the pelvic floor; a source of tailbone, rectal and vaginal pain. */
export const levatorAni = defineMuscle({
  id: 'levator-ani',
  name: 'Levator ani',
  aliases: ['pubococcygeus', 'iliococcygeus', 'puborectalis', 'pelvic diaphragm'],
  area: 'pelvis',
  paired: true,
  identifiers: {
    tableName: 'levator ani',
    uberon: 'UBERON:0001326',
    fma: 'FMA:19087',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'holds up the pelvic organs and lifts the pelvic floor when coughing, sneezing or lifting',
    'helps keep urine and stool in by drawing the rectum and urethra forward and closing them',
  ],
  restricts: ['pelvic_floor.contraction', 'defecation', 'sitting'],
  painfulOn: ['pelvic_floor.contraction', 'defecation', 'sitting'],
  perpetuatedBy: [
    'prolonged-sitting',
    'deep-chair',
    'prolonged-pelvic-tension',
    'constipation',
    'emotional-stress',
    'abdominal-surgery',
    'pregnancy',
  ],
  symptoms: [
    'painful-sitting',
    'painful-bowel-movement',
    'painful-intercourse',
    'urinary-frequency',
    'urinary-retention',
  ],
  entrapments: [],
  palpation: {
    position:
      'client lying on the side with hips and knees bent, or face down with a pillow under the pelvis',
    method: 'internal',
    howToFind:
      'from outside, press slowly upward and inward into the soft hollow between the sit bone and the tailbone to meet the underside of the sling; the rest of the muscle can only be reached from inside the rectum or vagina by a trained practitioner',
  },
  treatment: {
    position:
      'side-lying with the knees drawn up; internal work only by a licensed, pelvic-trained practitioner with written consent',
    pressure:
      'gentle, steady pressure on the tender band, adding a little more only as it softens; from outside, slow pressure upward beside the tailbone',
    expect:
      'a deep ache or pressure in the tailbone, rectum or vagina that the client knows, easing during the hold',
  },
  selfCare: {
    pressure:
      'sit on a soft ball placed between the tailbone and the sit bone for 1 to 2 minutes, breathing slowly',
    stretch:
      "rest in a deep supported squat or child's pose and let the pelvic floor drop and widen with each breath in; 1 to 2 minutes",
  },
  cautions: ['internal-work', 'pudendal-nerve'],
  related: [
    'coccygeus',
    'obturator-internus',
    'external-anal-sphincter',
    'gluteus-maximus',
    'adductor-magnus',
    'piriformis',
  ],
  triggerPoints: [
    {
      id: 'levator-ani.posterior',
      label: 'TrP1',
      location: {
        region: 'rectal',
        description:
          'the rear part of the sling (iliococcygeus and puborectalis), on the side wall just inside the anus toward the tailbone',
      },
      referral: [
        { region: 'coccyx', zone: 'essential', culprit: 'primary' },
        { region: 'rectal', zone: 'essential', culprit: 'primary' },
        { region: 'sacrum', zone: 'spillover', culprit: 'common' },
        { region: 'perineum', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a common cause of tailbone pain that is worse when sitting (levator ani syndrome)',
    },
    {
      id: 'levator-ani.anterior',
      label: 'TrP2',
      location: {
        region: 'perineum',
        description:
          'the front part of the sling (pubococcygeus), beside the urethra and vagina or prostate, just behind the pubic bone',
      },
      referral: [
        { region: 'genital', zone: 'essential', culprit: 'common' },
        { region: 'perineum', zone: 'essential', culprit: 'common' },
        { region: 'bladder', zone: 'spillover', culprit: 'common' },
        { region: 'suprapubic', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'often goes with urinary urgency and frequency',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 6, Pelvic floor muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the pelvic floor muscles' },
    { work: 'weiss-2001', locator: 'pp. 2226-2231' },
  ],
});
