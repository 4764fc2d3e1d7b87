import { defineMuscle } from '../define-muscle.ts';

/** Splenius capitis: the strap muscle from the upper spine to behind the ear; the classic source of pain at the top of the head. */
export const spleniusCapitis = defineMuscle({
  id: 'splenius-capitis',
  name: 'Splenius capitis',
  aliases: ['splenius capitis muscle', 'splenius of the head'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'splenius capitis',
    uberon: 'UBERON:0000711',
    fma: 'FMA:22653',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['extends the head and neck', 'turns the face and tilts the head to the same side'],
  restricts: ['cervical.rotation', 'cervical.flexion', 'cervical.lateral_flexion'],
  painfulOn: ['cervical.extension', 'cervical.rotation'],
  perpetuatedBy: [
    'forward-head-posture',
    'prolonged-computer-work',
    'looking-down-at-phone',
    'painting-ceilings',
    'sleeping-on-stomach',
    'poor-pillow',
    'whiplash',
    'cold-draught',
    'emotional-stress',
  ],
  symptoms: ['headache'],
  entrapments: [],
  palpation: {
    position:
      'client supine with the head resting in the therapist’s hands, or seated with the head slightly bent forward',
    method: 'flat',
    howToFind:
      'find the small muscular triangle between the back edge of the sternocleidomastoid and the front edge of the upper trapezius, just below the bone behind the ear; press inward and ask the client to turn the head slightly to the same side to feel the fibres tighten',
  },
  treatment: {
    position: 'client supine, head cradled and turned slightly away',
    pressure: 'firm fingertip pressure in the triangle below the mastoid, angled toward the spine',
    expect: 'a sharp ache at the top of the head on the same side',
  },
  selfCare: {
    pressure:
      'lie on the back with a ball under the upper side of the neck just below the skull, or press with the fingertips behind the ear and slightly down, 30 to 60 seconds',
    stretch:
      'tuck the chin, bend the head forward and turn it slightly away, letting the hand add gentle weight on the back of the head; hold 30 seconds',
  },
  cautions: ['vertebral-artery'],
  related: [
    'splenius-cervicis',
    'semispinalis-capitis',
    'upper-trapezius',
    'sternocleidomastoid-sternal',
    'levator-scapulae',
    'obliquus-capitis-inferior',
  ],
  triggerPoints: [
    {
      id: 'splenius-capitis.central',
      label: 'TrP1',
      location: {
        region: 'posterolateral-neck',
        description:
          'in the muscular triangle just below the bone behind the ear, between the sternocleidomastoid and upper trapezius, at about the level of the second neck vertebra',
      },
      referral: [{ region: 'vertex', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'a well-defined patch of pain on the top of the head on the same side',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 15, Splenius capitis and splenius cervicis muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the splenius capitis and splenius cervicis muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Splenius capitis' },
  ],
});
