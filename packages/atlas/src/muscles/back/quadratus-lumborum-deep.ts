import { defineMuscle } from '../define-muscle.ts';

/** Quadratus lumborum, deep (medial) points: sacroiliac and lower buttock pain. */
export const quadratusLumborumDeep = defineMuscle({
  id: 'quadratus-lumborum-deep',
  name: 'Quadratus lumborum, deep (medial) part',
  aliases: ['QL deep', 'medial quadratus lumborum', 'iliolumbar fibres of quadratus lumborum'],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'quadratus lumborum',
    uberon: 'UBERON:0001220',
    fma: 'FMA:15569',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the lumbar spine to the same side and steadies each lumbar segment sideways',
    'together with the other side, extends the lumbar spine and braces it during coughing and lifting',
  ],
  restricts: [
    'trunk.lateral_flexion',
    'trunk.flexion',
    'trunk.rotation',
    'sit_to_stand',
    'rolling_in_bed',
    'walking',
  ],
  painfulOn: ['trunk.lateral_flexion', 'rolling_in_bed', 'sit_to_stand', 'coughing'],
  perpetuatedBy: [
    'lifting-with-twist',
    'bending-forward',
    'gardening',
    'leg-length-difference',
    'prolonged-standing',
    'prolonged-sitting',
    'sleeping-on-side',
    'chronic-cough',
  ],
  symptoms: ['sleep-disturbance'],
  entrapments: [],
  palpation: {
    position:
      'client lying on the opposite side over a small rolled towel at the waist, top leg behind the lower one',
    method: 'flat',
    howToFind:
      'press in toward the tips of the lumbar transverse processes just in front of the long back muscles, at the level of the third lumbar vertebra and again just above the iliac crest near the fourth and fifth',
  },
  treatment: {
    position: 'side-lying over a bolster with the top leg dropped behind',
    pressure:
      'slow thumb or elbow pressure angled medially toward the transverse processes, under the edge of the long back muscles',
    expect: 'deep pain in the sacroiliac area or the lower buttock that the client recognises',
  },
  selfCare: {
    pressure:
      'lie on the back on a ball placed just outside the back muscles above the iliac crest, 30 to 90 seconds',
    stretch:
      'lie on the back, cross the leg of the tight side over the other and let the pelvis drop toward the floor while the shoulders stay flat; hold 30 seconds',
  },
  cautions: ['kidney-area'],
  related: [
    'quadratus-lumborum-superficial',
    'lumbar-multifidi',
    'longissimus-thoracis',
    'iliocostalis-lumborum',
    'gluteus-maximus',
    'gluteus-medius',
    'piriformis',
    'psoas-major',
    'iliacus',
  ],
  triggerPoints: [
    {
      id: 'quadratus-lumborum-deep.upper',
      label: 'TrP3',
      location: {
        region: 'lumbar',
        description:
          'deep, close to the tip of the third lumbar transverse process, in front of the long back muscles',
      },
      referral: [
        { region: 'sacroiliac', zone: 'essential', culprit: 'primary' },
        { region: 'sacrum', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'when the upper deep points on both sides are active, the pain can run across the top of the sacrum',
    },
    {
      id: 'quadratus-lumborum-deep.lower',
      label: 'TrP4',
      location: {
        region: 'lumbar',
        description: 'deep, just above the iliac crest near the fourth and fifth lumbar transverse processes',
      },
      referral: [
        { region: 'lower-buttock', zone: 'essential', culprit: 'primary' },
        { region: 'mid-buttock', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 4, Quadratus lumborum muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the quadratus lumborum muscle' },
    { work: 'davies-2013', locator: 'section on quadratus lumborum' },
    { work: 'finando-2005', locator: 'section on quadratus lumborum' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: buttock pain' },
  ],
});
