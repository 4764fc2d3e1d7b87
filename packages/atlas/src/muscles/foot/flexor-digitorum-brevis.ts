import { defineMuscle } from '../define-muscle.ts';

/** Flexor digitorum brevis: in the middle of the sole; refers to the ball of the foot under the middle toes. */
export const flexorDigitorumBrevis = defineMuscle({
  id: 'flexor-digitorum-brevis',
  name: 'Flexor digitorum brevis',
  aliases: ['short toe flexor', 'short flexor of the toes', 'FDB'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'flexor digitorum brevis',
    uberon: 'UBERON:0014380',
    fma: 'FMA:37450',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the four lesser toes at their middle joints', 'supports the long arch during push-off'],
  restricts: ['toe.extension', 'walking'],
  painfulOn: ['toe.flexion', 'walking'],
  perpetuatedBy: ['poor-footwear', 'tight-shoes', 'flat-feet', 'morton-foot', 'running', 'walking-on-sand'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client face down with the foot over the end of the table, or lying on the back',
    method: 'flat',
    howToFind:
      'in the middle of the sole under the thick plantar fascia, from the front of the heel to the middle of the arch; it tightens when the client curls the toes',
  },
  treatment: {
    position: 'prone with the foot supported at the ankle, or supine',
    pressure: 'firm thumb or knuckle pressure through the plantar fascia into the centre of the arch',
    expect: 'an ache in the ball of the foot under the middle toes',
  },
  selfCare: {
    pressure:
      'roll the centre of the sole slowly over a firm ball and stop on tender spots for 30 to 60 seconds',
    stretch: 'pull the toes back toward the shin with the hand; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: [
    'abductor-hallucis',
    'abductor-digiti-minimi-foot',
    'quadratus-plantae',
    'flexor-digitorum-longus',
    'lumbricals-foot',
    'interossei-foot',
  ],
  triggerPoints: [
    {
      id: 'flexor-digitorum-brevis.belly',
      label: 'TrP1',
      location: {
        region: 'arch',
        description: 'in the middle of the sole, deep to the plantar fascia',
      },
      referral: [{ region: 'forefoot-sole', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'pain under the heads of the second to fourth metatarsals, sometimes the fifth',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 26, Superficial intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
  ],
});
