import { defineMuscle } from '../define-muscle.ts';

/** Iliocostalis lumborum: upper lumbar points that send pain down into the middle of the buttock. */
export const iliocostalisLumborum = defineMuscle({
  id: 'iliocostalis-lumborum',
  name: 'Iliocostalis lumborum',
  aliases: ['lumbar iliocostalis', 'erector spinae (outer column, lumbar)'],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'iliocostalis lumborum',
    uberon: 'UBERON:0011207',
    fma: 'FMA:22702',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'straightens the lower back and bends the trunk to the same side',
    'controls bending forward and holds the spine steady when lifting',
  ],
  restricts: ['trunk.flexion', 'trunk.lateral_flexion', 'sit_to_stand'],
  painfulOn: ['trunk.extension', 'trunk.lateral_flexion', 'sit_to_stand'],
  perpetuatedBy: [
    'bending-forward',
    'lifting-heavy',
    'lifting-with-twist',
    'prolonged-sitting',
    'leg-length-difference',
    'gardening',
    'vacuuming',
  ],
  symptoms: ['morning-stiffness'],
  entrapments: [],
  palpation: {
    position: 'client lying face down with a pillow under the belly',
    method: 'flat',
    howToFind:
      'at the level of the lowest ribs and the first lumbar vertebra, find the outer edge of the long back muscles and press inward and down across the column',
  },
  treatment: {
    position: 'prone with a pillow under the abdomen, or side-lying curled slightly forward',
    pressure:
      'flat thumb or elbow pressure into the outer column, directed toward the spine; no deep pressure over the kidney area below the twelfth rib',
    expect: 'an ache shooting down into the middle of the buttock',
  },
  selfCare: {
    pressure:
      'lie on a ball placed on the outer edge of the back muscles just below the ribs, 30 to 90 seconds',
    stretch:
      'lying on the back, hug both knees to the chest, then let them fall to one side; hold 30 seconds each way',
  },
  cautions: ['kidney-area'],
  related: [
    'iliocostalis-thoracis',
    'longissimus-thoracis',
    'lumbar-multifidi',
    'quadratus-lumborum-superficial',
    'quadratus-lumborum-deep',
    'gluteus-medius',
    'rectus-abdominis-lower',
    'psoas-major',
  ],
  triggerPoints: [
    {
      id: 'iliocostalis-lumborum.upper-lumbar',
      label: 'TrP1',
      location: {
        region: 'lumbar',
        description:
          'in the outer column of the back muscles at about the first lumbar level, just below the lowest ribs',
      },
      referral: [
        { region: 'mid-buttock', zone: 'essential', culprit: 'common' },
        { region: 'lumbar', zone: 'spillover', culprit: 'common' },
        { region: 'upper-buttock', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain lands well below the point, concentrated in the middle of the buttock',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the thoracolumbar paraspinal muscles (pain pattern figure p. 915)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the thoracolumbar paraspinal muscles' },
    { work: 'davies-2013', locator: 'section on the spinal erectors' },
    { work: 'finando-2005', locator: 'section on the erector spinae' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: buttock pain' },
  ],
});
