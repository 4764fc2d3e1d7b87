import { defineMuscle } from '../define-muscle.ts';

/** Interossei of the foot: between the metatarsals; refer to the side of the toe they serve and along its metatarsal. */
export const interosseiFoot = defineMuscle({
  id: 'interossei-foot',
  name: 'Interossei (foot)',
  aliases: [
    'dorsal interossei of the foot',
    'plantar interossei of the foot',
    'interosseous muscles of the foot',
  ],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'foot interosseus muscle',
    uberon: 'UBERON:0006497',
    fma: 'FMA:37456',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'the dorsal interossei spread the lesser toes and the plantar interossei draw them together',
    'both bend the toes at the ball of the foot and straighten the end joints, steadying the forefoot in walking',
  ],
  restricts: ['walking'],
  painfulOn: ['walking', 'toe.flexion'],
  perpetuatedBy: ['tight-shoes', 'high-heels', 'poor-footwear', 'morton-foot', 'immobilisation'],
  symptoms: ['tingling', 'numbness'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot supported',
    method: 'flat-or-pincer',
    howToFind:
      'press a fingertip between the metatarsal shafts from the top of the foot, or squeeze between a finger on top and a thumb on the sole; tender bands run along the shafts',
  },
  treatment: {
    position: 'supine with the toes relaxed',
    pressure:
      'fingertip pressure between the metatarsals from above, or a pincer hold from top and sole, then short strokes toward the toes',
    expect: 'an ache along the metatarsal into the side of the toe that muscle serves',
  },
  selfCare: {
    pressure:
      'press a fingertip or the rubber end of a pencil between the metatarsals on the top of the foot; 30 to 60 seconds',
    stretch:
      'spread the toes apart with the fingers woven between them and gently pull them back; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: [
    'lumbricals-foot',
    'extensor-digitorum-longus',
    'extensor-digitorum-brevis',
    'flexor-digitorum-brevis',
    'adductor-hallucis',
    'flexor-hallucis-brevis',
  ],
  triggerPoints: [
    {
      id: 'interossei-foot.first-dorsal',
      label: 'TrP1',
      location: {
        region: 'dorsal-foot',
        description: 'between the first and second metatarsals, felt from the top of the foot',
      },
      referral: [
        { region: 'lesser-toes', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-foot', zone: 'essential', culprit: 'common' },
        { region: 'forefoot-sole', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain along the side of the second toe and over its metatarsal; may bring tingling in that toe',
    },
    {
      id: 'interossei-foot.lateral',
      label: 'TrP2',
      location: {
        region: 'dorsal-foot',
        description:
          'between the second to fifth metatarsal shafts, reached from the top of the foot or from the sole',
      },
      referral: [
        { region: 'lesser-toes', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-foot', zone: 'essential', culprit: 'common' },
        { region: 'forefoot-sole', zone: 'spillover', culprit: 'common' },
        { region: 'arch', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'each muscle refers to the side of the toe it moves and along its metatarsal, top and sole',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 27, Deep intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: plantar midfoot pain' },
  ],
});
