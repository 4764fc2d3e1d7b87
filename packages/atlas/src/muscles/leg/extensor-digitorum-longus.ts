import { defineMuscle } from '../define-muscle.ts';

/** Extensor digitorum longus: refers over the top of the foot toward the middle toes. */
export const extensorDigitorumLongus = defineMuscle({
  id: 'extensor-digitorum-longus',
  name: 'Extensor digitorum longus',
  aliases: ['long toe extensor', 'long extensor of the toes', 'EDL'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'extensor digitorum longus',
    uberon: 'UBERON:0001386',
    fma: 'FMA:22534',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['lifts the four lesser toes', 'helps pull the foot up and turn the sole slightly outward'],
  restricts: ['ankle.plantarflexion', 'toe.flexion'],
  painfulOn: ['toe.extension', 'ankle.dorsiflexion'],
  perpetuatedBy: ['walking-on-sand', 'running', 'immobilisation'],
  symptoms: ['night-cramps', 'foot-slap', 'weak-ankle'],
  entrapments: [
    'deep fibular nerve close to the upper fibula (reported; weakness lifting the foot and toes)',
  ],
  palpation: {
    position: 'client lying on the back with a roll under the knee',
    method: 'flat',
    howToFind:
      'about a hand-width below the head of the fibula, in the groove between tibialis anterior in front and the fibular muscles behind; have the client lift the toes and feel the muscle tighten under the fingers',
  },
  treatment: {
    position: 'supine, or lying on the opposite side with the leg supported on a pillow',
    pressure:
      'steady thumb pressure into the upper outer front of the leg, angled slightly toward the fibula, then stripping down toward the ankle',
    expect: 'an ache spreading over the top of the foot into the middle three toes',
  },
  selfCare: {
    pressure:
      'press a thumb, or a ball under the palm, into the upper outer front of the shin while curling and lifting the toes; 30 to 90 seconds',
    stretch: 'point the foot and curl the toes under, helping with the hand; hold 30 seconds',
  },
  cautions: ['common-fibular-nerve', 'compartment-syndrome'],
  related: [
    'extensor-hallucis-longus',
    'tibialis-anterior',
    'fibularis-tertius',
    'fibularis-longus',
    'extensor-digitorum-brevis',
    'interossei-foot',
    'flexor-digitorum-longus',
  ],
  triggerPoints: [
    {
      id: 'extensor-digitorum-longus.upper-belly',
      label: 'TrP1',
      location: {
        region: 'shin',
        description:
          'about 8 cm below the head of the fibula, between tibialis anterior and fibularis longus',
      },
      referral: [
        { region: 'dorsal-foot', zone: 'essential', culprit: 'primary' },
        { region: 'lesser-toes', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-ankle', zone: 'spillover', culprit: 'primary' },
        { region: 'shin', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'centres on the top of the foot and runs out to the second, third and fourth toes',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 24, Long extensors of toes' },
    { work: 'donnelly-2019', locator: 'chapter on the long toe extensor muscles' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Long toe extensors' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: front-of-ankle pain' },
  ],
});
