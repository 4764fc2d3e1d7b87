import { defineMuscle } from '../define-muscle.ts';

/** Flexor digiti minimi brevis of the foot: under the fifth metatarsal; pattern taken to resemble abductor digiti minimi. */
export const flexorDigitiMinimiBrevisFoot = defineMuscle({
  id: 'flexor-digiti-minimi-brevis-foot',
  name: 'Flexor digiti minimi brevis (foot)',
  aliases: ['short flexor of the little toe', 'flexor digiti quinti brevis of the foot'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'flexor digiti minimi brevis of foot',
    fma: 'FMA:37455',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['bends the little toe at the ball of the foot'],
  restricts: ['walking'],
  painfulOn: ['toe.flexion', 'walking'],
  perpetuatedBy: ['tight-shoes', 'poor-footwear', 'walking-on-sand'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot supported',
    method: 'flat',
    howToFind:
      'on the outer sole under the shaft of the fifth metatarsal, inside the edge formed by abductor digiti minimi; it tightens when the client bends the little toe',
  },
  treatment: {
    position: 'supine with the little toe gently pulled back',
    pressure: 'thumb pressure up against the fifth metatarsal shaft from the sole',
    expect: 'an ache under the outer ball of the foot',
  },
  selfCare: {
    pressure:
      'press a thumb under the fifth metatarsal, or roll the outer sole over a golf ball; 30 to 60 seconds',
    stretch: 'pull the little toe up toward the shin with the hand; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: ['abductor-digiti-minimi-foot', 'interossei-foot', 'flexor-digitorum-brevis'],
  triggerPoints: [
    {
      id: 'flexor-digiti-minimi-brevis-foot.belly',
      label: 'TrP1',
      location: {
        region: 'forefoot-sole',
        description: 'on the outer sole under the shaft of the fifth metatarsal',
      },
      referral: [
        { region: 'forefoot-sole', zone: 'essential', culprit: 'occasional' },
        { region: 'lesser-toes', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the pattern is less well documented; taken to resemble abductor digiti minimi',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 27, Deep intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
  ],
});
