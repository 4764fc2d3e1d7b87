import { defineMuscle } from '../define-muscle.ts';

/** Medial head of gastrocnemius: refers to the arch (instep) and behind the knee; a classic night-cramp muscle. */
export const gastrocnemiusMedial = defineMuscle({
  id: 'gastrocnemius-medial',
  name: 'Gastrocnemius, medial head',
  aliases: ['medial gastrocnemius', 'inner calf muscle', 'medial head of gastrocnemius', 'calf muscle'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'medial head of gastrocnemius',
    uberon: 'UBERON:0011907',
    fma: 'FMA:45956',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'points the foot (plantarflexion), most strongly with the knee straight',
    'helps bend the knee and steadies knee and ankle when walking and running',
  ],
  restricts: ['ankle.dorsiflexion', 'knee.extension', 'walking', 'stair_climbing'],
  painfulOn: ['ankle.plantarflexion', 'walking', 'stair_climbing'],
  perpetuatedBy: [
    'running-uphill',
    'sprinting',
    'high-heels',
    'sleeping-feet-pointed',
    'chair-too-high',
    'tight-shoes',
    'cycling',
    'stairs',
    'immobilisation',
  ],
  symptoms: ['night-cramps', 'sleep-disturbance'],
  entrapments: [],
  palpation: {
    position: 'client face down with a roll under the ankles so the knee bends slightly',
    method: 'flat-or-pincer',
    howToFind:
      'grasp the inner bulk of the calf between thumb and fingers and roll it; the main point lies along the inner border a little above the middle of the belly, the second high up just below the inner side of the knee crease',
  },
  treatment: {
    position: 'prone with the feet over the end of the table or on a bolster',
    pressure:
      'pincer compression or flat thumb pressure across the band, then slow stripping from the knee down toward the heel',
    expect: 'an ache spreading into the inner arch of the foot, sometimes into the back of the knee',
  },
  selfCare: {
    pressure:
      'sit with the calf resting across the other knee or on a ball and let the leg sink in, or squeeze the inner calf with both hands; 30 to 90 seconds',
    stretch:
      'step into a lunge facing a wall, back knee straight, back heel down and toes pointing forward; hold 30 seconds',
  },
  cautions: ['dvt-risk', 'varicose-veins', 'popliteal-vessels', 'pregnancy'],
  related: [
    'gastrocnemius-lateral',
    'soleus',
    'plantaris',
    'popliteus',
    'tibialis-anterior',
    'semitendinosus',
    'semimembranosus',
    'flexor-digitorum-longus',
  ],
  triggerPoints: [
    {
      id: 'gastrocnemius-medial.belly',
      label: 'TrP1',
      location: {
        region: 'upper-calf',
        description: 'along the inner border of the medial head, a little above the middle of the belly',
      },
      referral: [
        { region: 'arch', zone: 'essential', culprit: 'primary' },
        { region: 'upper-calf', zone: 'essential', culprit: 'primary' },
        { region: 'lower-calf', zone: 'spillover', culprit: 'primary' },
        { region: 'medial-leg', zone: 'spillover', culprit: 'common' },
        { region: 'popliteal', zone: 'spillover', culprit: 'primary' },
        { region: 'posterior-thigh', zone: 'spillover', culprit: 'occasional' },
        { region: 'medial-ankle', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the most common calf point; pain in the instep and in the calf around the point itself, with lighter ache up the inner calf to the back of the knee; calf cramps at night are typical',
    },
    {
      id: 'gastrocnemius-medial.near-knee',
      label: 'TrP3',
      location: {
        region: 'popliteal',
        description: 'high in the medial head, just below and behind the inner side of the knee joint',
      },
      referral: [
        { region: 'popliteal', zone: 'essential', culprit: 'primary' },
        { region: 'upper-calf', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'refers locally into the back of the knee',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 21, Gastrocnemius muscle' },
    {
      work: 'travell-simons-1992',
      locator:
        'leg, ankle and foot pain guide: calf pain, gastrocnemius listed first; ch. 21 symptoms: night cramps',
    },
    { work: 'donnelly-2019', locator: 'chapter on the gastrocnemius muscle' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Gastrocnemius' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: calf pain' },
  ],
});
