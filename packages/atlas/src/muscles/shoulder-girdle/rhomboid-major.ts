import { defineMuscle } from '../define-muscle.ts';

/** Rhomboid major: a nagging ache along the inner edge of the shoulder blade, felt most at rest. */
export const rhomboidMajor = defineMuscle({
  id: 'rhomboid-major',
  name: 'Rhomboid major',
  aliases: ['rhomboids', 'rhomboideus major', 'greater rhomboid'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'rhomboid major',
    fma: 'FMA:13379',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the shoulder blade in toward the spine and slightly up',
    'turns the shoulder blade so the socket faces down, helping lower the raised arm with force',
  ],
  restricts: ['scapula.protraction', 'shoulder.horizontal_adduction', 'shoulder.flexion'],
  painfulOn: ['scapula.retraction'],
  perpetuatedBy: [
    'rounded-shoulders',
    'prolonged-computer-work',
    'no-armrests',
    'overhead-work',
    'playing-instrument',
    'rowing',
    'carrying-shoulder-bag',
  ],
  symptoms: ['crepitus'],
  entrapments: [],
  palpation: {
    position:
      'client prone with the arm hanging off the table, or seated with the arms folded in front so the shoulder blade moves out',
    method: 'flat',
    howToFind:
      'feel through the middle trapezius for bands running down and outward from the upper thoracic spine to the inner border of the shoulder blade; the tender spots sit just inside that border',
  },
  treatment: {
    position:
      'client prone, arm hanging off the table, or side-lying with the top arm drawn across the chest',
    pressure:
      'flat thumb or knuckle compression against the ribs just inside the border of the shoulder blade, then slow strokes along the fibres',
    expect:
      'a local ache that spreads along the inner edge of the shoulder blade and sometimes up over its top',
  },
  selfCare: {
    pressure:
      'lie on a tennis ball between the spine and the shoulder blade with the arm across the chest, or lean against a wall on it, 30 to 90 seconds',
    stretch:
      'reach both arms forward, interlace the fingers and round the upper back, letting the shoulder blades spread apart; hold 30 seconds',
  },
  cautions: ['lungs', 'osteoporosis'],
  related: [
    'rhomboid-minor',
    'middle-trapezius',
    'levator-scapulae',
    'pectoralis-major-clavicular',
    'pectoralis-minor',
    'serratus-anterior',
    'serratus-posterior-superior',
    'scalenus-medius',
    'infraspinatus',
  ],
  triggerPoints: [
    {
      id: 'rhomboid-major.upper',
      label: 'TrP1',
      location: {
        region: 'scapula-medial-border',
        description:
          'just inside the inner border of the shoulder blade, a little below the root of its spine',
      },
      referral: [
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'primary' },
        { region: 'interscapular', zone: 'essential', culprit: 'common' },
        { region: 'supraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'rhomboid-major.lower',
      label: 'TrP2',
      location: {
        region: 'scapula-medial-border',
        description:
          'just inside the inner border of the shoulder blade, about halfway between the spine of the shoulder blade and its lower tip',
      },
      referral: [
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'primary' },
        { region: 'interscapular', zone: 'essential', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 27, Rhomboid muscles' },
    { work: 'davies-2013', locator: 'rhomboids section' },
    { work: 'finando-2005', locator: 'section on the rhomboids' },
  ],
});
