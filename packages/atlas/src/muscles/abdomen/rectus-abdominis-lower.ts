import { defineMuscle } from '../define-muscle.ts';

/** Lower rectus abdominis: a band of low back pain across the sacroiliac area, cramping and lower belly pain. */
export const rectusAbdominisLower = defineMuscle({
  id: 'rectus-abdominis-lower',
  name: 'Rectus abdominis, lower part',
  aliases: ['lower rectus abdominis', 'lower abs'],
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
    'curls the pelvis up toward the ribs and bends the trunk forward',
    'tightens the lower abdominal wall for lifting, coughing and bearing down',
  ],
  restricts: ['trunk.extension', 'hip.extension'],
  painfulOn: ['trunk.flexion', 'coughing'],
  perpetuatedBy: [
    'sit-ups',
    'prolonged-sitting',
    'pregnancy',
    'abdominal-surgery',
    'constipation',
    'emotional-stress',
    'lifting-heavy',
  ],
  symptoms: [
    'abdominal-cramps',
    'painful-periods',
    'bloating',
    'diarrhoea',
    'urinary-frequency',
    'urinary-retention',
  ],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with a pillow under the knees',
    method: 'flat-or-pincer',
    howToFind:
      'feel along the outer edge of the muscle beside the navel, then down between the navel and the pubic bone, a finger or two from the midline',
  },
  treatment: {
    position: 'supine, knees supported',
    pressure:
      'slow, broad fingertip pressure on the tender band; pincer grip on the outer edge where the belly wall allows',
    expect: 'local soreness, a cramping feeling, or an ache felt across the low back',
  },
  selfCare: {
    pressure:
      'lying on the back, press the tender spot below or beside the navel with the fingertips, 30 to 90 seconds',
    stretch:
      'lie face down and press up onto the hands with the hips on the floor, or lie back over a large ball; hold 30 seconds',
  },
  cautions: ['abdominal-organs', 'abdominal-aorta', 'hernia', 'pregnancy', 'recent-surgery'],
  related: [
    'rectus-abdominis-upper',
    'pyramidalis',
    'external-oblique',
    'internal-oblique',
    'psoas-major',
    'iliacus',
    'quadratus-lumborum-deep',
    'longissimus-thoracis',
    'lumbar-multifidi',
  ],
  triggerPoints: [
    {
      id: 'rectus-abdominis-lower.infraumbilical',
      label: 'TrP1',
      location: {
        region: 'lower-abdomen',
        description:
          'in the lower part of the muscle between the navel and the pubic bone, a finger or two from the midline',
      },
      referral: [
        { region: 'sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'contra.sacroiliac', zone: 'essential', culprit: 'common' },
        { region: 'sacrum', zone: 'essential', culprit: 'common' },
        { region: 'lumbar', zone: 'spillover', culprit: 'common' },
        { region: 'contra.lumbar', zone: 'spillover', culprit: 'common' },
        { region: 'lower-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'bilateral',
      note: 'refers a horizontal band across the low back at the level of the sacroiliac joints; also linked with painful periods',
    },
    {
      id: 'rectus-abdominis-lower.periumbilical',
      label: 'TrP2',
      location: {
        region: 'umbilical',
        description: 'at the outer edge of the muscle beside the navel',
      },
      referral: [
        { region: 'umbilical', zone: 'essential', culprit: 'common' },
        { region: 'lateral-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'cramping or colicky abdominal pain, worse when bending forward',
    },
    {
      id: 'rectus-abdominis-lower.mcburney',
      label: 'TrP3',
      location: {
        region: 'lower-abdomen',
        description:
          'at the outer edge of the lower muscle, about a third of the way from the front hip bone to the navel (McBurney point on the right)',
      },
      referral: [{ region: 'lower-abdomen', zone: 'essential', culprit: 'occasional' }],
      laterality: 'ipsilateral',
      note: 'on the right side it can imitate appendicitis; acute abdominal pain needs medical assessment first',
    },
    {
      id: 'rectus-abdominis-lower.suprapubic',
      label: 'TrP4',
      location: {
        region: 'suprapubic',
        description:
          'in the lowest fibres of the muscle, just above its attachment on the upper edge of the pubic bone beside the midline',
      },
      referral: [
        { region: 'suprapubic', zone: 'essential', culprit: 'common' },
        { region: 'bladder', zone: 'spillover', culprit: 'occasional' },
        { region: 'lower-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain above the pubic bone and over the bladder; with the low internal oblique points it can bring urgency, frequent passing of urine or difficulty starting the stream; rule out a urinary infection first',
    },
    {
      id: 'rectus-abdominis-lower.genital',
      label: 'genital (pelvic pain)',
      location: {
        region: 'lower-abdomen',
        description:
          'in the lower part of the muscle above the pubic bone; the study names the muscle, not an exact spot',
      },
      referral: [{ region: 'genital', zone: 'essential', culprit: 'occasional' }],
      laterality: 'ipsilateral',
      note: 'in men with chronic pelvic pain (chronic prostatitis), pressing rectus abdominis trigger points reproduced their pain in the penis in more than three quarters of those who had it; rule out urological disease first',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the abdominal muscles, rectus abdominis (pain pattern figure p. 944)',
    },
    {
      work: 'simons-1999',
      locator:
        'chapter on the abdominal muscles, referred pain: lower abdominal points above the pubis (possibly lower rectus abdominis) with urinary frequency and retention',
    },
    { work: 'donnelly-2019', locator: 'chapter on the abdominal muscles' },
    { work: 'davies-2013', locator: 'section on rectus abdominis' },
    { work: 'finando-2005', locator: 'section on rectus abdominis' },
    { work: 'anderson-2009', locator: 'Results: trigger points reproducing penile pain' },
  ],
});
