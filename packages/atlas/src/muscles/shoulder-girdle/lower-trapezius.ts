import { defineMuscle } from '../define-muscle.ts';

/** Lower (ascending) trapezius: an often missed source of pain high in the neck and at the base of the skull. */
export const lowerTrapezius = defineMuscle({
  id: 'lower-trapezius',
  name: 'Lower trapezius',
  aliases: ['ascending trapezius', 'lower traps', 'trapezius, lower fibres'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'ascending part of trapezius',
    fma: 'FMA:32555',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'pulls the shoulder blade down and in toward the spine',
    'helps rotate the shoulder blade upward so the arm can go overhead',
  ],
  restricts: ['scapula.protraction', 'scapula.elevation'],
  painfulOn: ['scapula.depression', 'scapula.retraction', 'scapula.upward_rotation'],
  perpetuatedBy: [
    'rounded-shoulders',
    'forward-head-posture',
    'prolonged-computer-work',
    'looking-down-at-phone',
    'no-armrests',
    'overhead-work',
    'emotional-stress',
  ],
  symptoms: ['burning', 'headache'],
  entrapments: [],
  palpation: {
    position:
      'client prone with the arm hanging off the table, or seated leaning forward with the arms folded',
    method: 'flat-or-pincer',
    howToFind:
      'find the thin outer edge of the lower fibres where they cross the inner border of the shoulder blade near its lower half; lift the edge off the ribs or press it flat against them',
  },
  treatment: {
    position: 'client prone, arm off the table so the shoulder blade glides out and up',
    pressure:
      'pincer compression of the free lower edge, or flat thumb pressure against the ribs along the inner border of the shoulder blade',
    expect:
      'an ache at the top of the neck or behind the ear, sometimes over the shoulder, from a spot far down the back',
  },
  selfCare: {
    pressure:
      'lie on a tennis ball placed beside the lower half of the shoulder blade, arm across the chest, 30 to 90 seconds',
    stretch:
      'clasp the hands in front, round the upper back and reach forward and slightly down, letting the shoulder blades spread; hold 30 seconds',
  },
  cautions: ['lungs', 'osteoporosis'],
  related: [
    'upper-trapezius',
    'middle-trapezius',
    'latissimus-dorsi',
    'rhomboid-major',
    'pectoralis-minor',
    'levator-scapulae',
  ],
  triggerPoints: [
    {
      id: 'lower-trapezius.lateral-border',
      label: 'TrP3',
      location: {
        region: 'scapula-medial-border',
        description:
          'in the outer edge of the lower fibres where they cross the inner border of the shoulder blade, toward its lower end',
      },
      referral: [
        { region: 'suboccipital', zone: 'essential', culprit: 'common' },
        { region: 'posterior-neck', zone: 'essential', culprit: 'primary' },
        { region: 'mastoid', zone: 'spillover', culprit: 'occasional' },
        { region: 'acromion', zone: 'spillover', culprit: 'occasional' },
        { region: 'supraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain felt high in the neck from a point low on the back; also a diffuse ache and tenderness over the upper shoulder blade',
    },
    {
      id: 'lower-trapezius.scapular-spine',
      label: 'TrP4',
      location: {
        region: 'scapula-medial-border',
        description: 'just below the spine of the shoulder blade, close to where it meets the inner border',
      },
      referral: [
        { region: 'scapula-medial-border', zone: 'essential', culprit: 'common' },
        { region: 'interscapular', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'a steady burning along the inner edge of the shoulder blade',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 6, Trapezius muscle' },
    {
      work: 'simons-1999',
      locator: 'head and neck pain guide: back-of-neck pain (trapezius listed first)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the trapezius muscle' },
    { work: 'davies-2013', locator: 'trapezius section' },
    {
      work: 'simons-1999',
      locator: 'Part 2 (upper back, shoulder and arm) pain guide: upper and mid-thoracic back pain',
    },
  ],
});
