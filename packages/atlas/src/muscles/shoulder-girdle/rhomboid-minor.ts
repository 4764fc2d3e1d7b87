import { defineMuscle } from '../define-muscle.ts';

/** Rhomboid minor: the small upper rhomboid; aches along the upper inner edge of the shoulder blade. */
export const rhomboidMinor = defineMuscle({
  id: 'rhomboid-minor',
  name: 'Rhomboid minor',
  aliases: ['rhomboids', 'rhomboideus minor', 'lesser rhomboid'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'rhomboid minor',
    fma: 'FMA:13380',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the shoulder blade in toward the spine and slightly up',
    'helps hold the shoulder blade flat against the ribs',
  ],
  restricts: ['scapula.protraction', 'shoulder.horizontal_adduction'],
  painfulOn: ['scapula.retraction'],
  perpetuatedBy: [
    'rounded-shoulders',
    'prolonged-computer-work',
    'no-armrests',
    'overhead-work',
    'playing-instrument',
  ],
  symptoms: ['crepitus'],
  entrapments: [],
  palpation: {
    position: 'client prone with the arm hanging off the table, or seated with the arms folded in front',
    method: 'flat',
    howToFind:
      'just above the root of the spine of the shoulder blade, between the inner border and the lowest neck and first thoracic vertebrae, feel through the trapezius for a narrow band running down and out',
  },
  treatment: {
    position: 'client prone, arm hanging off the table so the shoulder blade glides away from the spine',
    pressure:
      'flat thumb compression against the ribs just inside the upper inner border of the shoulder blade',
    expect: 'a local ache spreading along the inner border of the shoulder blade and over its top',
  },
  selfCare: {
    pressure:
      'lie on a tennis ball just inside the upper corner of the shoulder blade with the arm across the chest, 30 to 90 seconds',
    stretch: 'hug yourself and round the upper back, dropping the chin slightly; hold 30 seconds',
  },
  cautions: ['lungs', 'osteoporosis'],
  related: [
    'rhomboid-major',
    'middle-trapezius',
    'levator-scapulae',
    'pectoralis-minor',
    'serratus-posterior-superior',
    'scalenus-medius',
  ],
  triggerPoints: [
    {
      id: 'rhomboid-minor.central',
      label: 'TrP1',
      location: {
        region: 'scapula-medial-border',
        description:
          'just inside the inner border of the shoulder blade, level with or slightly above the root of its spine',
      },
      referral: [
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'primary' },
        { region: 'interscapular', zone: 'spillover', culprit: 'common' },
        { region: 'supraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 27, Rhomboid muscles' },
    { work: 'davies-2013', locator: 'rhomboids section' },
  ],
});
