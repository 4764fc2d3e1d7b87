import { defineMuscle } from '../define-muscle.ts';

/** Splenius cervicis: refers pain through the head to behind the eye, and to the angle of the neck. */
export const spleniusCervicis = defineMuscle({
  id: 'splenius-cervicis',
  name: 'Splenius cervicis',
  aliases: ['splenius cervicis muscle', 'splenius of the neck'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'splenius cervicis',
    uberon: 'UBERON:0008544',
    fma: 'FMA:22681',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['extends the neck', 'turns and tilts the neck to the same side'],
  restricts: ['cervical.rotation', 'cervical.flexion', 'cervical.lateral_flexion'],
  painfulOn: ['cervical.extension', 'cervical.rotation'],
  perpetuatedBy: [
    'forward-head-posture',
    'prolonged-computer-work',
    'looking-down-at-phone',
    'poor-pillow',
    'sleeping-on-stomach',
    'whiplash',
    'cold-draught',
    'emotional-stress',
  ],
  symptoms: ['headache', 'blurred-vision', 'morning-stiffness'],
  entrapments: [],
  palpation: {
    position: 'client prone, or seated with the head slightly bent forward',
    method: 'flat',
    howToFind:
      'for the upper point press through the upper trapezius toward the side of the upper neck vertebrae, just below the splenius capitis point; for the lower point press at the angle of the neck, in front of the levator scapulae, toward the spine',
  },
  treatment: {
    position: 'client prone with the forehead supported, or side-lying',
    pressure:
      'deep, steady fingertip or thumb pressure through the overlying muscles, aimed toward the sides of the neck vertebrae',
    expect: 'a deep pain felt inside the head and behind the eye, or a local ache at the base of the neck',
  },
  selfCare: {
    pressure:
      'lie on a ball placed beside the spine at the base of the neck, or press with the fingertips beside the upper neck, 30 to 60 seconds',
    stretch:
      'bend the head forward and toward the opposite side while looking down, letting the hand add gentle weight; hold 30 seconds',
  },
  cautions: ['vertebral-artery'],
  related: [
    'splenius-capitis',
    'levator-scapulae',
    'upper-trapezius',
    'semispinalis-cervicis',
    'cervical-multifidi',
    'rectus-capitis-posterior-major',
  ],
  triggerPoints: [
    {
      id: 'splenius-cervicis.upper',
      label: 'TrP1',
      location: {
        region: 'posterolateral-neck',
        description: 'upper part of the muscle, deep to the upper trapezius beside the upper neck vertebrae',
      },
      referral: [
        { region: 'eye', zone: 'essential', culprit: 'primary' },
        { region: 'temple', zone: 'spillover', culprit: 'common' },
        { region: 'occiput', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'a diffuse ache inside the head that focuses behind the eye; vision on that side may blur',
    },
    {
      id: 'splenius-cervicis.lower',
      label: 'TrP2',
      location: {
        region: 'neck-angle',
        description:
          'lower part of the muscle at the angle of the neck, near the level of the lowest neck vertebra',
      },
      referral: [
        { region: 'neck-angle', zone: 'essential', culprit: 'common' },
        { region: 'posterolateral-neck', zone: 'spillover', culprit: 'common' },
        { region: 'posterior-neck', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain at the base of the neck, often with a stiff neck',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 15, Splenius capitis and splenius cervicis muscles' },
    {
      work: 'simons-1999',
      locator:
        'head and neck pain guide: back-of-neck pain (splenius cervicis after trapezius, multifidi and levator scapulae)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the splenius capitis and splenius cervicis muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Splenius cervicis' },
  ],
});
