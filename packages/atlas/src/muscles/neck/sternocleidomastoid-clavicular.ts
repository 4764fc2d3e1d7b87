import { defineMuscle } from '../define-muscle.ts';

/** Clavicular division of sternocleidomastoid: refers across the forehead and into and behind the ear; linked with postural dizziness. */
export const sternocleidomastoidClavicular = defineMuscle({
  id: 'sternocleidomastoid-clavicular',
  name: 'Sternocleidomastoid, clavicular division',
  aliases: ['SCM clavicular head', 'clavicular head of sternocleidomastoid', 'deep SCM'],
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
    'tilts the head to the same side and turns the face to the opposite side',
    'both sides together help bend the neck forward',
    'helps lift the collarbone and upper ribs during hard breathing',
  ],
  restricts: ['cervical.rotation', 'cervical.lateral_flexion', 'cervical.extension'],
  painfulOn: ['cervical.rotation', 'cervical.lateral_flexion', 'cervical.flexion'],
  perpetuatedBy: [
    'forward-head-posture',
    'looking-down-at-phone',
    'poor-pillow',
    'painting-ceilings',
    'paradoxical-breathing',
    'chronic-cough',
    'whiplash',
    'emotional-stress',
  ],
  symptoms: ['postural-dizziness', 'dizziness', 'nausea', 'sweating', 'headache'],
  entrapments: [],
  palpation: {
    position: 'client supine, head turned slightly toward and tilted toward the side being examined',
    method: 'pincer',
    howToFind:
      'lift the sternal head first, then slide the fingers behind it to grasp the broader, flatter clavicular head that rises from the inner third of the collarbone; roll it between thumb and fingers along its length',
  },
  treatment: {
    position: 'client supine, head turned a little toward the treated side',
    pressure:
      'pincer compression of the lifted clavicular head, working from the collarbone up to behind the ear',
    expect:
      'pain in the forehead, in or behind the ear; brief lightheadedness can occur, so let the client sit up slowly',
  },
  selfCare: {
    pressure:
      'squeeze the back, flatter part of the muscle between thumb and fingers with the head turned slightly toward it, 20 to 30 seconds per spot',
    stretch:
      'anchor the collarbone with the opposite hand, tilt the ear away and then turn the face slightly up toward the stretched side; hold 30 seconds',
  },
  cautions: ['carotid-artery', 'jugular-vein', 'brachial-plexus'],
  related: [
    'sternocleidomastoid-sternal',
    'upper-trapezius',
    'scalenus-anterior',
    'frontalis',
    'masseter-deep',
    'digastric-posterior',
    'splenius-capitis',
  ],
  triggerPoints: [
    {
      id: 'sternocleidomastoid-clavicular.middle',
      label: 'TrP1',
      location: {
        region: 'lateral-neck',
        description: 'middle of the clavicular head, halfway between the collarbone and the ear',
      },
      referral: [
        { region: 'forehead', zone: 'essential', culprit: 'primary' },
        { region: 'contra.forehead', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'crosses-midline',
      note: 'frontal headache on the same side; when severe it spreads across the forehead to the other side',
    },
    {
      id: 'sternocleidomastoid-clavicular.upper',
      label: 'TrP2',
      location: {
        region: 'lateral-neck',
        description: 'upper part of the clavicular head, below and in front of the bone behind the ear',
      },
      referral: [
        { region: 'deep-ear', zone: 'essential', culprit: 'primary' },
        { region: 'mastoid', zone: 'essential', culprit: 'primary' },
        { region: 'ear', zone: 'spillover', culprit: 'primary' },
        { region: 'tmj', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'earache and pain behind the ear; may come with dizziness on turning the head or lying down',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid muscle' },
    {
      work: 'simons-1999',
      locator:
        'head and neck pain guide: frontal headache (clavicular division first); ear and jaw-joint pain (after lateral pterygoid and deep masseter)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the sternocleidomastoid muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Sternocleidomastoid' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: ear and jaw-joint pain' },
  ],
});
