import { defineMuscle } from '../define-muscle.ts';

/** Flexor digitorum longus: refers into the middle of the sole in front of the arch and to the lesser toes. */
export const flexorDigitorumLongus = defineMuscle({
  id: 'flexor-digitorum-longus',
  name: 'Flexor digitorum longus',
  aliases: ['long toe flexor', 'long flexor of the toes', 'FDL'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'flexor digitorum longus',
    uberon: 'UBERON:0001666',
    fma: 'FMA:51071',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'curls the four lesser toes',
    'helps point the foot and turn the sole inward, and presses the toes down for balance',
  ],
  restricts: ['toe.extension', 'ankle.dorsiflexion', 'walking'],
  painfulOn: ['toe.flexion', 'walking'],
  perpetuatedBy: ['walking-on-sand', 'running', 'running-on-camber', 'flat-feet', 'poor-footwear'],
  symptoms: [],
  entrapments: [
    'tibial nerve in the tarsal tunnel behind the inner ankle (a proposed contributor, with flexor hallucis longus)',
  ],
  palpation: {
    position: 'client lying on the treated side, or on the back with the knee bent and the leg turned out',
    method: 'flat',
    howToFind:
      'press in just behind the inner edge of the tibia in the upper half of the leg, easing the gastrocnemius and soleus back; the muscle tightens when the client curls the lesser toes',
  },
  treatment: {
    position: 'side-lying with the inner calf up and the toes gently pulled back',
    pressure: 'thumb pressure angled against the back of the tibia, then short strokes along the bone',
    expect:
      'an ache in the middle of the sole just behind the lesser toes, sometimes into the toes or the inner ankle',
  },
  selfCare: {
    pressure:
      'sit with the ankle across the other knee and press the thumbs behind the inner edge of the shinbone in the upper half of the leg; 30 to 90 seconds',
    stretch:
      'with the knee straight, pull the toes and foot up toward the shin with the hand or a towel; hold 30 seconds',
  },
  cautions: ['dvt-risk', 'varicose-veins'],
  related: [
    'flexor-hallucis-longus',
    'tibialis-posterior',
    'soleus',
    'gastrocnemius-medial',
    'quadratus-plantae',
    'flexor-digitorum-brevis',
    'extensor-digitorum-longus',
  ],
  triggerPoints: [
    {
      id: 'flexor-digitorum-longus.upper-belly',
      label: 'TrP1',
      location: {
        region: 'medial-leg',
        description: 'just behind the inner edge of the tibia in the upper half of the leg',
      },
      referral: [
        { region: 'forefoot-sole', zone: 'essential', culprit: 'common' },
        { region: 'arch', zone: 'spillover', culprit: 'primary' },
        { region: 'lesser-toes', zone: 'spillover', culprit: 'primary' },
        { region: 'medial-ankle', zone: 'spillover', culprit: 'primary' },
        { region: 'medial-leg', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain sits in the sole just behind the four lesser toes and is worst when walking',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 25, Long flexor muscles of toes' },
    { work: 'donnelly-2019', locator: 'chapter on the long toe flexor muscles' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Long toe flexors' },
  ],
});
