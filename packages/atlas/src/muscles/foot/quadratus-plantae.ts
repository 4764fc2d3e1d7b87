import { defineMuscle } from '../define-muscle.ts';

/** Quadratus plantae: deep in the back of the sole; refers into the bottom of the heel. */
export const quadratusPlantae = defineMuscle({
  id: 'quadratus-plantae',
  name: 'Quadratus plantae',
  aliases: ['flexor accessorius', 'quadratus plantae muscle'],
  area: 'foot',
  paired: true,
  actions: [
    'pulls on the flexor digitorum longus tendon to straighten its line of pull so the lesser toes curl straight',
    'helps curl the toes when the foot is pointed',
  ],
  restricts: ['walking', 'toe.extension'],
  painfulOn: ['toe.flexion', 'walking'],
  perpetuatedBy: ['poor-footwear', 'flat-feet', 'running', 'walking-on-sand', 'prolonged-standing'],
  symptoms: ['limping'],
  entrapments: [],
  palpation: {
    position: 'client face down with the foot over the end of the table',
    method: 'flat',
    howToFind:
      'deep in the back of the sole just in front of the heel pad, beneath flexor digitorum brevis; it takes firm pressure through the plantar fascia to reach',
  },
  treatment: {
    position: 'prone with the ankle supported on a bolster',
    pressure:
      'slow, deep thumb or knuckle pressure just in front of the heel, angled back toward the heel bone',
    expect:
      'a sharp or deep ache in the bottom of the heel, often the same pain the client feels on the first steps',
  },
  selfCare: {
    pressure: 'sit and press the front of the heel onto a firm ball, holding 30 to 60 seconds',
    stretch: 'pull the toes and foot up toward the shin with a towel, knee straight; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: [
    'flexor-digitorum-longus',
    'flexor-digitorum-brevis',
    'abductor-hallucis',
    'soleus',
    'tibialis-posterior',
  ],
  triggerPoints: [
    {
      id: 'quadratus-plantae.belly',
      label: 'TrP1',
      location: {
        region: 'plantar-heel',
        description: 'deep in the sole at the front edge of the heel pad',
      },
      referral: [{ region: 'plantar-heel', zone: 'essential', culprit: 'primary' }],
      laterality: 'ipsilateral',
      note: 'often blamed on plantar fasciitis or a heel spur',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 27, Deep intrinsic foot muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
  ],
});
