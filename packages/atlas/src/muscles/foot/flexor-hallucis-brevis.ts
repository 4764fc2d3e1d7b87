import { defineMuscle } from '../define-muscle.ts';

/** Flexor hallucis brevis: under the first metatarsal; refers around the first metatarsal head and into the big toe. */
export const flexorHallucisBrevis = defineMuscle({
  id: 'flexor-hallucis-brevis',
  name: 'Flexor hallucis brevis',
  aliases: ['short flexor of the big toe', 'FHB'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'flexor hallucis brevis muscle',
    uberon: 'UBERON:0011022',
    fma: 'FMA:37449',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the big toe at the ball of the foot', 'presses the big toe down for balance and push-off'],
  restricts: ['toe.extension', 'walking'],
  painfulOn: ['toe.flexion', 'walking'],
  perpetuatedBy: ['high-heels', 'tight-shoes', 'poor-footwear', 'running', 'dancing'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot supported',
    method: 'flat',
    howToFind:
      'on the sole under the shaft of the first metatarsal, just behind the ball of the big toe, beside the tendon of flexor hallucis longus; it tightens when the client presses the big toe down',
  },
  treatment: {
    position: 'supine with the big toe gently pulled back',
    pressure:
      'thumb pressure up against the first metatarsal shaft from the sole, then strokes toward the big toe',
    expect: 'an ache around the ball of the big toe, wrapping round to the top of the joint',
  },
  selfCare: {
    pressure:
      'press a thumb into the sole behind the ball of the big toe, or stand on a small ball placed there; 30 to 60 seconds',
    stretch: 'pull the big toe up toward the shin with the hand; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: [
    'flexor-hallucis-longus',
    'abductor-hallucis',
    'adductor-hallucis',
    'extensor-hallucis-longus',
    'interossei-foot',
  ],
  triggerPoints: [
    {
      id: 'flexor-hallucis-brevis.belly',
      label: 'TrP1',
      location: {
        region: 'forefoot-sole',
        description: 'on the sole under the first metatarsal shaft, just behind the ball of the big toe',
      },
      referral: [
        { region: 'forefoot-sole', zone: 'essential', culprit: 'primary' },
        { region: 'big-toe', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-foot', zone: 'spillover', culprit: 'common' },
        { region: 'lesser-toes', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain under and beside the first metatarsal head, spreading into most of the big toe and sometimes the second toe',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 27, Deep intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: dorsal forefoot pain' },
  ],
});
