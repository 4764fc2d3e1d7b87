import { defineMuscle } from '../define-muscle.ts';

/** Flexor hallucis longus: refers under the big toe and the first metatarsal head. */
export const flexorHallucisLongus = defineMuscle({
  id: 'flexor-hallucis-longus',
  name: 'Flexor hallucis longus',
  aliases: ['long flexor of the big toe', 'FHL'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'flexor hallucis longus',
    uberon: 'UBERON:0001392',
    fma: 'FMA:22593',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'curls the big toe and presses it into the ground at push-off',
    'helps point the foot and supports the inner arch',
  ],
  restricts: ['toe.extension', 'ankle.dorsiflexion', 'walking'],
  painfulOn: ['toe.flexion', 'walking'],
  perpetuatedBy: [
    'walking-on-sand',
    'running',
    'running-on-camber',
    'poor-footwear',
    'high-heels',
    'dancing',
  ],
  symptoms: [],
  entrapments: [
    'tibial nerve in the tarsal tunnel behind the inner ankle (a proposed contributor, with flexor digitorum longus)',
  ],
  palpation: {
    position: 'client face down with the foot over the end of the table',
    method: 'flat',
    howToFind:
      'in the lower third of the back of the leg, a little to the outer side of the midline; press in through the soleus beside the Achilles tendon toward the fibula while the client bends the big toe',
  },
  treatment: {
    position: 'prone with a bolster under the ankle and the big toe gently pulled back',
    pressure:
      'deep thumb pressure toward the back of the fibula in the lower calf, beside the Achilles tendon',
    expect: 'an ache under the big toe and the ball of the foot behind it',
  },
  selfCare: {
    pressure:
      'sit with the lower calf on a ball or across the other knee and press in beside the outer edge of the Achilles; 30 to 90 seconds',
    stretch: 'pull the foot and the big toe up toward the shin with the hand; hold 30 seconds',
  },
  cautions: ['dvt-risk', 'varicose-veins'],
  related: [
    'flexor-digitorum-longus',
    'tibialis-posterior',
    'soleus',
    'flexor-hallucis-brevis',
    'extensor-hallucis-longus',
    'abductor-hallucis',
  ],
  triggerPoints: [
    {
      id: 'flexor-hallucis-longus.lower-belly',
      label: 'TrP1',
      location: {
        region: 'lower-calf',
        description:
          'in the lower third of the back of the leg, a little toward the fibula, deep to the soleus',
      },
      referral: [
        { region: 'big-toe', zone: 'essential', culprit: 'primary' },
        { region: 'forefoot-sole', zone: 'essential', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain on the underside of the big toe and the first metatarsal head, worse when walking',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 25, Long flexor muscles of toes' },
    { work: 'donnelly-2019', locator: 'chapter on the long toe flexor muscles' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Long toe flexors' },
  ],
});
