import { defineMuscle } from '../define-muscle.ts';

/** Extensor hallucis longus: refers to the top of the foot over the first metatarsal and the big toe. */
export const extensorHallucisLongus = defineMuscle({
  id: 'extensor-hallucis-longus',
  name: 'Extensor hallucis longus',
  aliases: ['long extensor of the big toe', 'EHL', 'extensor hallucis longus muscle'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'extensor hallucis longus',
    fma: 'FMA:22533',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['lifts the big toe', 'helps pull the foot up at the ankle'],
  restricts: ['toe.flexion', 'ankle.plantarflexion'],
  painfulOn: ['toe.extension', 'ankle.dorsiflexion'],
  perpetuatedBy: ['walking-on-sand', 'running', 'immobilisation'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot relaxed',
    method: 'flat',
    howToFind:
      'in the lower half of the leg the muscle lies deep between tibialis anterior and extensor digitorum longus; have the client lift only the big toe and press just in front of the fibula where the middle and lower thirds of the leg meet',
  },
  treatment: {
    position: 'supine with the big toe gently bent down to take up slack',
    pressure: 'slow, firm thumb pressure sinking between the neighbouring muscles toward the fibula',
    expect: 'an ache on the top of the foot over the first metatarsal, running into the big toe',
  },
  selfCare: {
    pressure:
      'press a thumb into the lower outer shin while slowly lifting and lowering the big toe; 30 to 90 seconds',
    stretch: 'point the foot and bend the big toe down with the hand; hold 30 seconds',
  },
  cautions: ['compartment-syndrome'],
  related: [
    'tibialis-anterior',
    'extensor-digitorum-longus',
    'extensor-hallucis-brevis',
    'flexor-hallucis-longus',
    'flexor-hallucis-brevis',
  ],
  triggerPoints: [
    {
      id: 'extensor-hallucis-longus.lower-belly',
      label: 'TrP1',
      location: {
        region: 'shin',
        description: 'deep, just in front of the fibula where the middle and lower thirds of the leg meet',
      },
      referral: [
        { region: 'dorsal-foot', zone: 'essential', culprit: 'common' },
        { region: 'big-toe', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-ankle', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 24, Long extensors of toes' },
    { work: 'donnelly-2019', locator: 'chapter on the long toe extensor muscles' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Long toe extensors' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: front-of-ankle pain' },
  ],
});
