import { defineMuscle } from '../define-muscle.ts';

/** Longissimus capitis: slim, nearly vertical neck extensor under the splenius; refers to and behind the ear. */
export const longissimusCapitis = defineMuscle({
  id: 'longissimus-capitis',
  name: 'Longissimus capitis',
  aliases: ['longissimus capitis muscle', 'trachelomastoid'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'longissimus capitis',
    uberon: 'UBERON:0001403',
    fma: 'FMA:22714',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'tips the head back when both sides work together',
    'tilts the head toward its own side and helps turn the face to that side',
  ],
  restricts: ['cervical.flexion', 'cervical.lateral_flexion', 'cervical.rotation'],
  painfulOn: ['cervical.extension', 'cervical.rotation'],
  perpetuatedBy: ['forward-head-posture', 'looking-down-at-phone', 'whiplash', 'cold-draught', 'poor-pillow'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client prone with the forehead supported, or supine with the head cradled in your hands',
    method: 'flat',
    howToFind:
      'work in the upper neck just behind and below the mastoid, between the semispinalis capitis on the inside and the sternocleidomastoid on the outside; press through the splenius capitis and feel for a narrow band whose fibres run almost straight up and down rather than slanting like the splenius',
  },
  treatment: {
    position: 'client supine, head resting in your hands and turned a little away from the side treated',
    pressure: 'steady fingertip pressure angled up and in under the back edge of the mastoid',
    expect:
      'an ache gathering around and behind the ear, sometimes a short way down the neck or toward the eye',
  },
  selfCare: {
    pressure:
      'lie on the back with a tennis ball just below the skull behind the ear and let the head sink onto it, 30 to 90 seconds',
    stretch: 'tuck the chin, bend the head forward and tilt the ear away from the sore side; hold 30 seconds',
  },
  cautions: ['vertebral-artery'],
  related: [
    'splenius-capitis',
    'semispinalis-capitis',
    'splenius-cervicis',
    'sternocleidomastoid-clavicular',
    'obliquus-capitis-superior',
    'levator-scapulae',
  ],
  triggerPoints: [
    {
      id: 'longissimus-capitis.upper',
      label: 'TrP1',
      location: {
        region: 'posterolateral-neck',
        description:
          'high in the back and side of the neck below the mastoid, deep to the outer part of the splenius capitis',
      },
      referral: [
        { region: 'ear', zone: 'essential', culprit: 'occasional' },
        { region: 'mastoid', zone: 'essential', culprit: 'occasional' },
        { region: 'posterolateral-neck', zone: 'spillover', culprit: 'occasional' },
        { region: 'eye', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain centres on and just behind and below the ear; the spread behind the eye is only occasional',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'ch. 16, Posterior cervical muscles (longissimus capitis pain pattern, p. 446)',
    },
  ],
});
