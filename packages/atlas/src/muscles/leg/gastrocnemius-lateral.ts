import { defineMuscle } from '../define-muscle.ts';

/** Lateral head of gastrocnemius: refers around the upper outer calf and into the back of the knee. */
export const gastrocnemiusLateral = defineMuscle({
  id: 'gastrocnemius-lateral',
  name: 'Gastrocnemius, lateral head',
  aliases: ['lateral gastrocnemius', 'outer calf muscle', 'lateral head of gastrocnemius'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'lateral head of gastrocnemius',
    uberon: 'UBERON:0011908',
    fma: 'FMA:45959',
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
      'grasp the outer bulk of the calf and roll it between thumb and fingers; one point lies along the outer border a little above the middle of the belly, another high up just below the outer side of the knee crease',
  },
  treatment: {
    position: 'prone with the feet over the end of the table or on a bolster',
    pressure:
      'pincer compression or flat thumb pressure across the band, then slow stripping toward the heel',
    expect: 'an ache around the upper outer calf, or deep in the back of the knee from the higher point',
  },
  selfCare: {
    pressure:
      'sit with the outer calf resting on a ball or across the other knee, or squeeze it with both hands; 30 to 90 seconds',
    stretch:
      'step into a lunge facing a wall, back knee straight, back heel down and toes pointing forward; hold 30 seconds',
  },
  cautions: ['dvt-risk', 'varicose-veins', 'popliteal-vessels', 'common-fibular-nerve'],
  related: [
    'gastrocnemius-medial',
    'soleus',
    'plantaris',
    'popliteus',
    'biceps-femoris',
    'fibularis-longus',
    'tibialis-anterior',
  ],
  triggerPoints: [
    {
      id: 'gastrocnemius-lateral.belly',
      label: 'TrP2',
      location: {
        region: 'upper-calf',
        description: 'along the outer border of the lateral head, a little above the middle of the belly',
      },
      referral: [
        { region: 'upper-calf', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-leg', zone: 'spillover', culprit: 'primary' },
        { region: 'lower-calf', zone: 'spillover', culprit: 'primary' },
        { region: 'popliteal', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain stays mostly around the point itself on the upper outer calf',
    },
    {
      id: 'gastrocnemius-lateral.near-knee',
      label: 'TrP4',
      location: {
        region: 'popliteal',
        description: 'high in the lateral head, just below and behind the outer side of the knee joint',
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
    { work: 'donnelly-2019', locator: 'chapter on the gastrocnemius muscle' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Gastrocnemius' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: calf pain' },
  ],
});
