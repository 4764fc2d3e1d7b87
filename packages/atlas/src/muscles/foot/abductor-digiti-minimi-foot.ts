import { defineMuscle } from '../define-muscle.ts';

/** Abductor digiti minimi of the foot: along the outer sole; refers under the fifth metatarsal head. */
export const abductorDigitiMinimiFoot = defineMuscle({
  id: 'abductor-digiti-minimi-foot',
  name: 'Abductor digiti minimi (foot)',
  aliases: ['abductor of the little toe', 'abductor digiti quinti of the foot'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'abductor digiti minimi of foot',
    fma: 'FMA:37451',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['moves the little toe outward and helps bend it', 'supports the outer edge of the foot'],
  restricts: ['walking'],
  painfulOn: ['walking'],
  perpetuatedBy: ['tight-shoes', 'poor-footwear', 'walking-on-sand', 'running'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back or on the side with the outer edge of the foot up',
    method: 'flat-or-pincer',
    howToFind:
      'along the outer edge of the sole between the heel and the base of the little toe; it firms when the client spreads the little toe',
  },
  treatment: {
    position: 'side-lying or supine with the foot supported',
    pressure:
      'thumb pressure or a pincer grip along the outer edge of the sole, then strokes toward the little toe',
    expect: 'an ache under the ball of the foot behind the little toe',
  },
  selfCare: {
    pressure: 'roll the outer edge of the sole over a golf ball and hold on tender spots; 30 to 60 seconds',
    stretch: 'pull the little toe up and toward the fourth toe with the hand; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: [
    'flexor-digiti-minimi-brevis-foot',
    'flexor-digitorum-brevis',
    'interossei-foot',
    'fibularis-brevis',
  ],
  triggerPoints: [
    {
      id: 'abductor-digiti-minimi-foot.belly',
      label: 'TrP1',
      location: {
        region: 'arch',
        description: 'along the outer edge of the sole, a little behind the base of the fifth metatarsal',
      },
      referral: [
        { region: 'forefoot-sole', zone: 'essential', culprit: 'common' },
        { region: 'arch', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain under the fifth metatarsal head; the lighter zone runs along the outer sole',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 26, Superficial intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
  ],
});
