import { defineMuscle } from '../define-muscle.ts';

/** Adductor hallucis: oblique and transverse heads deep in the forefoot; refer to the ball of the foot. */
export const adductorHallucis = defineMuscle({
  id: 'adductor-hallucis',
  name: 'Adductor hallucis',
  aliases: ['adductor of the big toe', 'adductor hallucis muscle'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'adductor hallucis muscle',
    uberon: 'UBERON:0014379',
    fma: 'FMA:37454',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'draws the big toe toward the second toe',
    'the transverse head helps hold the front of the foot together across the metatarsal heads',
  ],
  restricts: ['walking', 'toe.extension'],
  painfulOn: ['walking', 'toe.flexion'],
  perpetuatedBy: ['tight-shoes', 'high-heels', 'poor-footwear', 'morton-foot', 'flat-feet'],
  symptoms: ['numbness', 'swelling'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back or face down with the foot supported',
    method: 'flat',
    howToFind:
      'deep in the sole: the oblique head lies in the front half of the arch under the second to fourth metatarsal shafts, the transverse head runs across the sole just behind the ball of the foot; press up through the long flexor tendons',
  },
  treatment: {
    position: 'prone with the ankle on a bolster, or supine',
    pressure:
      'slow thumb pressure between and under the metatarsal shafts, then across the forefoot behind the ball',
    expect: 'an ache in the ball of the foot, sometimes a numb, puffy feeling in the forefoot skin',
  },
  selfCare: {
    pressure: 'roll the front half of the sole over a firm ball and hold on tender spots; 30 to 60 seconds',
    stretch: 'pull the toes back toward the shin and spread them apart with the fingers; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: [
    'flexor-hallucis-brevis',
    'abductor-hallucis',
    'interossei-foot',
    'flexor-digitorum-brevis',
    'flexor-hallucis-longus',
  ],
  triggerPoints: [
    {
      id: 'adductor-hallucis.oblique-head',
      label: 'TrP1',
      location: {
        region: 'arch',
        description: 'deep in the front half of the arch, under the second to fourth metatarsal shafts',
      },
      referral: [
        { region: 'forefoot-sole', zone: 'essential', culprit: 'primary' },
        { region: 'arch', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'adductor-hallucis.transverse-head',
      label: 'TrP2',
      location: {
        region: 'forefoot-sole',
        description: 'across the sole just behind the heads of the second to fourth metatarsals',
      },
      referral: [{ region: 'forefoot-sole', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'may give a numb, puffy feeling in the skin of the forefoot',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 27, Deep intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
  ],
});
