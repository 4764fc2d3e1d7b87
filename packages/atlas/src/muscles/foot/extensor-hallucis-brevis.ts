import { defineMuscle } from '../define-muscle.ts';

/** Extensor hallucis brevis: the inner slip of the short extensor pad; refers over the top of the foot. */
export const extensorHallucisBrevis = defineMuscle({
  id: 'extensor-hallucis-brevis',
  name: 'Extensor hallucis brevis',
  aliases: ['short extensor of the big toe', 'EHB'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'extensor hallucis brevis',
    fma: 'FMA:51141',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['helps lift the big toe at its base joint'],
  restricts: ['toe.flexion'],
  painfulOn: ['toe.extension'],
  perpetuatedBy: ['tight-shoes', 'poor-footwear', 'walking-on-sand', 'immobilisation'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot relaxed',
    method: 'flat',
    howToFind:
      'at the inner edge of the fleshy pad on the outer top of the foot, where a slip runs toward the big toe; it tightens when the client lifts only the big toe',
  },
  treatment: {
    position: 'supine with the big toe gently bent down',
    pressure: 'thumb pressure into the inner part of the pad, then short strokes toward the big toe',
    expect: 'a local ache over the top of the foot',
  },
  selfCare: {
    pressure: 'press a thumb into the top of the foot just inside the fleshy pad; 30 to 60 seconds',
    stretch: 'point the foot and bend the big toe down with the hand; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: ['extensor-digitorum-brevis', 'extensor-hallucis-longus', 'tibialis-anterior'],
  triggerPoints: [
    {
      id: 'extensor-hallucis-brevis.belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-foot',
        description: 'in the inner part of the short extensor pad on the top of the foot',
      },
      referral: [{ region: 'dorsal-foot', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'shares the pattern of extensor digitorum brevis',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 26, Superficial intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
  ],
});
