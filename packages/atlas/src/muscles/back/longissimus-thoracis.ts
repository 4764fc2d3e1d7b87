import { defineMuscle } from '../define-muscle.ts';

/** Longissimus thoracis: points low in the thoracic spine that send pain far down into the buttock. */
export const longissimusThoracis = defineMuscle({
  id: 'longissimus-thoracis',
  name: 'Longissimus thoracis',
  aliases: ['thoracic longissimus', 'erector spinae (middle column)'],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'longissimus thoracis',
    uberon: 'UBERON:0001401',
    fma: 'FMA:22709',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'straightens and arches the back and bends it to the same side',
    'steadies the spine when standing, bending and lifting',
  ],
  restricts: ['trunk.flexion', 'trunk.lateral_flexion', 'sit_to_stand', 'rolling_in_bed'],
  painfulOn: ['trunk.extension', 'trunk.lateral_flexion', 'sit_to_stand', 'stair_climbing'],
  perpetuatedBy: [
    'bending-forward',
    'lifting-heavy',
    'lifting-with-twist',
    'prolonged-sitting',
    'prolonged-standing',
    'leg-length-difference',
    'cold-draught',
  ],
  symptoms: ['morning-stiffness'],
  entrapments: [],
  palpation: {
    position: 'client lying face down with a pillow under the belly',
    method: 'flat',
    howToFind:
      'strum across the thick rounded column about two finger widths from the spinous processes, from the lower thoracic spine down to the first lumbar level',
  },
  treatment: {
    position: 'prone with a pillow under the abdomen',
    pressure: 'flat thumb, knuckle or elbow pressure into the column, angled slightly toward the spine',
    expect: 'pain felt low down in the back and into the buttock, some distance from the point',
  },
  selfCare: {
    pressure:
      'lie on a ball or two balls in a sock beside the spine at the bottom of the ribs, 30 to 90 seconds per spot',
    stretch:
      'sit with the legs out and round forward toward the knees, or lie on the back and hug the knees to the chest; hold 30 seconds',
  },
  cautions: ['kidney-area', 'osteoporosis'],
  related: [
    'iliocostalis-lumborum',
    'iliocostalis-thoracis',
    'lumbar-multifidi',
    'thoracic-multifidi',
    'quadratus-lumborum-deep',
    'serratus-posterior-inferior',
    'latissimus-dorsi',
    'gluteus-maximus',
    'gluteus-medius',
    'rectus-abdominis-lower',
  ],
  triggerPoints: [
    {
      id: 'longissimus-thoracis.lower-thoracic',
      label: 'TrP1',
      location: {
        region: 'lower-thoracic',
        description: 'in the middle column beside the spine at about the tenth to eleventh thoracic level',
      },
      referral: [
        { region: 'lower-buttock', zone: 'essential', culprit: 'common' },
        { region: 'mid-buttock', zone: 'essential', culprit: 'common' },
        { region: 'lumbar', zone: 'spillover', culprit: 'occasional' },
        { region: 'sacroiliac', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a point in the lower thoracic region that sends pain far down into the lower buttock, so the source is easily missed',
    },
    {
      id: 'longissimus-thoracis.upper-lumbar',
      label: 'TrP2',
      location: {
        region: 'lumbar',
        description: 'in the middle column beside the spine at about the first lumbar level',
      },
      referral: [
        { region: 'lumbar', zone: 'essential', culprit: 'primary' },
        { region: 'upper-buttock', zone: 'essential', culprit: 'common' },
        { region: 'sacroiliac', zone: 'spillover', culprit: 'common' },
        { region: 'iliac-crest', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the thoracolumbar paraspinal muscles (pain pattern figure p. 904)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the thoracolumbar paraspinal muscles' },
    { work: 'davies-2013', locator: 'section on the spinal erectors' },
    { work: 'finando-2005', locator: 'section on the erector spinae' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: buttock pain' },
  ],
});
