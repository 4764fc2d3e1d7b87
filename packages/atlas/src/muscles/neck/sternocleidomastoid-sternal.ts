import { defineMuscle } from '../define-muscle.ts';

/** Sternal division of sternocleidomastoid: refers to the top and back of the head, across the face, into the eye, throat and sternum. */
export const sternocleidomastoidSternal = defineMuscle({
  id: 'sternocleidomastoid-sternal',
  name: 'Sternocleidomastoid, sternal division',
  aliases: ['SCM sternal head', 'sternal head of sternocleidomastoid', 'superficial SCM', 'SCM'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'sternocleidomastoid',
    uberon: 'UBERON:0001128',
    fma: 'FMA:13407',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'one side turns the face to the opposite side and tilts the head to the same side',
    'both sides together bend the neck forward and poke the chin forward',
    'lifts the breastbone during hard breathing',
  ],
  restricts: ['cervical.rotation', 'cervical.lateral_flexion', 'cervical.extension'],
  painfulOn: ['cervical.rotation', 'cervical.flexion', 'cervical.lateral_flexion'],
  perpetuatedBy: [
    'forward-head-posture',
    'looking-down-at-phone',
    'reading-in-bed',
    'poor-pillow',
    'painting-ceilings',
    'overhead-work',
    'paradoxical-breathing',
    'chronic-cough',
    'whiplash',
    'swimming',
    'emotional-stress',
  ],
  symptoms: [
    'headache',
    'eye-tearing',
    'eye-redness',
    'blurred-vision',
    'drooping-eyelid',
    'nasal-congestion',
    'sore-throat',
    'difficulty-swallowing',
  ],
  entrapments: [],
  palpation: {
    position:
      'client supine, head turned slightly toward the side being examined and tilted toward it to slacken the muscle',
    method: 'pincer',
    howToFind:
      'grasp the front head of the muscle between thumb and fingers, lifting it away from the deeper structures, and roll it from the breastbone up to behind the ear to find taut bands and tender spots',
  },
  treatment: {
    position: 'client supine, head on a pillow, turned slightly toward the treated side',
    pressure:
      'pincer compression of the lifted muscle only, never pressing down into the neck; work the length of the muscle',
    expect:
      'pain shooting to the cheek, around or behind the eye, to the top or back of the head; the eye may water',
  },
  selfCare: {
    pressure:
      'lie on the back, turn the head slightly toward the sore side and squeeze the muscle between thumb and fingers along its length, 20 to 30 seconds per spot',
    stretch:
      'hold the collarbone down with the hand, turn the face toward the stretched side and tip the head back and away; hold 30 seconds, then repeat with the head tilted slightly more',
  },
  cautions: ['carotid-artery', 'jugular-vein', 'vertebral-artery'],
  related: [
    'sternocleidomastoid-clavicular',
    'upper-trapezius',
    'splenius-capitis',
    'scalenus-anterior',
    'temporalis',
    'masseter-superficial',
    'digastric-posterior',
    'platysma',
  ],
  triggerPoints: [
    {
      id: 'sternocleidomastoid-sternal.lower',
      label: 'TrP1',
      location: {
        region: 'lateral-neck',
        description:
          'low in the sternal head, a few centimetres above its attachment to the top of the breastbone',
      },
      referral: [
        { region: 'sternum', zone: 'essential', culprit: 'common' },
        { region: 'anterior-neck', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'refers downward over the top of the breastbone',
    },
    {
      id: 'sternocleidomastoid-sternal.middle',
      label: 'TrP2',
      location: {
        region: 'lateral-neck',
        description: 'along the inner edge of the sternal head at mid-neck level',
      },
      referral: [
        { region: 'cheek', zone: 'essential', culprit: 'primary' },
        { region: 'eyebrow', zone: 'essential', culprit: 'primary' },
        { region: 'forehead', zone: 'spillover', culprit: 'primary' },
        { region: 'eye', zone: 'essential', culprit: 'primary' },
        { region: 'periorbital', zone: 'essential', culprit: 'primary' },
        { region: 'maxilla', zone: 'spillover', culprit: 'primary' },
        { region: 'temple', zone: 'spillover', culprit: 'primary' },
        { region: 'throat', zone: 'spillover', culprit: 'primary' },
        { region: 'tongue', zone: 'spillover', culprit: 'occasional' },
        { region: 'chin', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'pain across the cheek, over the brow and deep in the eye; throat and back of the tongue may hurt on swallowing',
    },
    {
      id: 'sternocleidomastoid-sternal.upper',
      label: 'TrP3',
      location: {
        region: 'lateral-neck',
        description: 'upper part of the sternal head, a few centimetres below the bone behind the ear',
      },
      referral: [
        { region: 'vertex', zone: 'essential', culprit: 'primary' },
        { region: 'occiput', zone: 'essential', culprit: 'primary' },
        { region: 'mastoid', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the scalp over the crown and the back of the head may be tender to touch',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid muscle' },
    {
      work: 'simons-1999',
      locator:
        'head and neck pain guide: frontal headache (clavicular division first, sternal division second)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the sternocleidomastoid muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Sternocleidomastoid' },
    {
      work: 'simons-1999',
      locator: 'Part 1 (head and neck) pain guide: back-of-head pain; temporal headache; cheek and jaw pain',
    },
  ],
});
