import { defineMuscle } from '../define-muscle.ts';

/** Middle (transverse) trapezius: burning pain between the shoulder blades and an ache on the point of the shoulder. */
export const middleTrapezius = defineMuscle({
  id: 'middle-trapezius',
  name: 'Middle trapezius',
  aliases: ['transverse trapezius', 'middle traps', 'trapezius, middle fibres'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'transverse part of trapezius',
    fma: 'FMA:32556',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'draws the shoulder blade toward the spine',
    'steadies the shoulder blade while the arm works in front of the body',
  ],
  restricts: ['scapula.protraction', 'shoulder.horizontal_adduction'],
  painfulOn: ['scapula.retraction', 'shoulder.horizontal_abduction'],
  perpetuatedBy: [
    'rounded-shoulders',
    'prolonged-computer-work',
    'no-armrests',
    'driving-long',
    'playing-instrument',
    'carrying-in-front',
    'rowing',
    'cold-draught',
  ],
  symptoms: ['burning', 'gooseflesh'],
  entrapments: [],
  palpation: {
    position:
      'client prone with the arm hanging off the table, or seated hugging a pillow so the shoulder blade slides outward',
    method: 'flat',
    howToFind:
      'work across the horizontal fibres between the spine and the inner edge of the shoulder blade at the level of the upper shoulder blade, then follow them out along the spine of the shoulder blade toward the acromion',
  },
  treatment: {
    position: 'client prone, arm off the edge of the table so the shoulder blade moves away from the spine',
    pressure:
      'flat thumb or knuckle compression against the ribs, then slow stripping strokes from the spine outward',
    expect:
      'a superficial burning or aching between the spot and the spine, or an ache on the point of the shoulder',
  },
  selfCare: {
    pressure:
      'lie on a ball placed between the spine and the shoulder blade, arm across the chest, 30 to 90 seconds per spot',
    stretch:
      'hug yourself, holding the opposite shoulder blades, round the upper back and breathe into it; hold 30 seconds',
  },
  cautions: ['lungs', 'osteoporosis'],
  related: [
    'upper-trapezius',
    'lower-trapezius',
    'rhomboid-major',
    'rhomboid-minor',
    'pectoralis-major-clavicular',
    'pectoralis-minor',
    'levator-scapulae',
  ],
  triggerPoints: [
    {
      id: 'middle-trapezius.medial',
      label: 'TrP5',
      location: {
        region: 'interscapular',
        description:
          'in the horizontal fibres about a finger-width in from the inner edge of the shoulder blade, near the level of its spine',
      },
      referral: [
        { region: 'interscapular', zone: 'essential', culprit: 'common' },
        { region: 'upper-thoracic', zone: 'essential', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'superficial burning pain that runs in toward the spinous processes of about C7 to T3',
    },
    {
      id: 'middle-trapezius.lateral',
      label: 'TrP6',
      location: {
        region: 'acromion',
        description:
          'near the outer attachment of the fibres, just inside the acromion on top of the spine of the shoulder blade',
      },
      referral: [
        { region: 'acromion', zone: 'essential', culprit: 'common' },
        { region: 'shoulder-top', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'aching on the point of the shoulder, often mistaken for a joint problem',
    },
    {
      id: 'middle-trapezius.pilomotor',
      label: 'TrP7',
      location: {
        region: 'interscapular',
        description:
          'superficial, in the middle fibres between the spine and the upper inner border of the shoulder blade; the exact spot varies',
      },
      referral: [{ region: 'lateral-upper-arm', zone: 'essential', culprit: 'occasional' }],
      laterality: 'ipsilateral',
      note: 'produces goosebumps and a shivery feeling on the outer arm (sometimes the outer thigh) rather than pain',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 6, Trapezius muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the trapezius muscle' },
    { work: 'davies-2013', locator: 'trapezius section' },
  ],
});
