import { defineMuscle } from '../define-muscle.ts';

/** Extensor digitorum brevis: the fleshy pad on the outer top of the foot; refers over the dorsum of the foot. */
export const extensorDigitorumBrevis = defineMuscle({
  id: 'extensor-digitorum-brevis',
  name: 'Extensor digitorum brevis',
  aliases: ['short toe extensor', 'short extensor of the toes', 'EDB'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'extensor digitorum brevis',
    uberon: 'UBERON:0000372',
    fma: 'FMA:51140',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['helps lift the second, third and fourth toes, working with the long toe extensor'],
  restricts: ['toe.flexion'],
  painfulOn: ['toe.extension'],
  perpetuatedBy: ['tight-shoes', 'poor-footwear', 'walking-on-sand', 'immobilisation'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot relaxed',
    method: 'flat',
    howToFind:
      'on the outer top of the foot just in front of and below the outer ankle bone; the soft fleshy bulge hardens when the client lifts the toes',
  },
  treatment: {
    position: 'supine with the toes gently curled',
    pressure: 'thumb pressure into the fleshy bulge, then short strokes toward the toes',
    expect: 'a local ache spreading over the top of the foot',
  },
  selfCare: {
    pressure:
      'press a thumb or knuckle into the outer top of the foot in front of the ankle; 30 to 60 seconds',
    stretch: 'point the foot and curl the toes under, helping with the hand; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: ['extensor-hallucis-brevis', 'extensor-digitorum-longus', 'interossei-foot', 'fibularis-tertius'],
  triggerPoints: [
    {
      id: 'extensor-digitorum-brevis.belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-foot',
        description:
          'in the fleshy belly on the outer top of the foot, just in front of the outer ankle bone',
      },
      referral: [{ region: 'dorsal-foot', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'an oval patch of ache on the top of the foot around and just ahead of the point',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 26, Superficial intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
  ],
});
