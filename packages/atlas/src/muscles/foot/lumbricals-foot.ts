import { defineMuscle } from '../define-muscle.ts';

/** Lumbricals of the foot: small deep muscles between the flexor tendons; pattern taken to match the interossei. */
export const lumbricalsFoot = defineMuscle({
  id: 'lumbricals-foot',
  name: 'Lumbricals (foot)',
  aliases: ['lumbricals of the foot', 'lumbrical muscles of the foot'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'lumbrical of foot',
    uberon: 'UBERON:0001504',
    fma: 'FMA:37453',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'bend the lesser toes at the ball of the foot while straightening their end joints',
    'keep the toes from clawing when the foot pushes off',
  ],
  restricts: ['walking'],
  painfulOn: ['toe.flexion', 'walking'],
  perpetuatedBy: ['tight-shoes', 'high-heels', 'poor-footwear', 'immobilisation'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot supported',
    method: 'flat',
    howToFind:
      'on the sole between the shafts of the metatarsals, just behind the ball of the foot; they lie deep to the long flexor tendons and are hard to separate from the interossei',
  },
  treatment: {
    position: 'supine or prone with the toes gently extended',
    pressure: 'fingertip pressure pressed between the metatarsal shafts from the sole',
    expect: 'an ache in the ball of the foot and along the toe it serves',
  },
  selfCare: {
    pressure:
      'press a fingertip between the metatarsals on the sole, or stand on a small ball placed there; 30 to 60 seconds',
    stretch: 'curl the toes fully while pulling the foot up, then pull the toes back; hold each 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: ['interossei-foot', 'flexor-digitorum-longus', 'quadratus-plantae', 'flexor-digitorum-brevis'],
  triggerPoints: [
    {
      id: 'lumbricals-foot.between-metatarsals',
      label: 'TrP1',
      location: {
        region: 'forefoot-sole',
        description: 'deep on the sole between the metatarsal shafts, behind the ball of the foot',
      },
      referral: [
        { region: 'forefoot-sole', zone: 'essential', culprit: 'common' },
        { region: 'lesser-toes', zone: 'essential', culprit: 'occasional' },
        { region: 'dorsal-foot', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the pattern is assumed to follow the interossei; less well documented',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 27, Deep intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    {
      work: 'travell-simons-1992',
      locator: 'Part 3 (leg, ankle and foot) pain guide: plantar metatarsal-head pain',
    },
  ],
});
