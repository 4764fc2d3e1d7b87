import { defineMuscle } from '../define-muscle.ts';

/** Tibialis posterior: the deepest calf muscle; refers over the Achilles tendon and into the sole. */
export const tibialisPosterior = defineMuscle({
  id: 'tibialis-posterior',
  name: 'Tibialis posterior',
  aliases: ['posterior tibialis', 'tibialis posticus'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'tibialis posterior',
    uberon: 'UBERON:0001667',
    fma: 'FMA:51099',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the sole inward (inversion) and helps point the foot',
    'holds up the inner arch and controls the foot rolling inward when it takes weight',
  ],
  restricts: ['ankle.eversion', 'ankle.dorsiflexion', 'walking'],
  painfulOn: ['ankle.inversion', 'ankle.plantarflexion', 'walking'],
  perpetuatedBy: [
    'running',
    'running-on-camber',
    'walking-on-sand',
    'flat-feet',
    'morton-foot',
    'poor-footwear',
  ],
  symptoms: ['limping'],
  entrapments: [],
  palpation: {
    position: 'client lying on the treated side with the inner calf up, or face down with the knee bent',
    method: 'flat',
    howToFind:
      'the muscle lies deepest in the calf between tibia and fibula; press in just behind the inner edge of the tibia in the upper third of the leg, working past the soleus and the long toe flexor. It cannot be reached from the front, and tenderness is often only felt indirectly',
  },
  treatment: {
    position: 'side-lying with the inner side of the lower leg up, or prone with the foot supported',
    pressure:
      'slow, deep thumb pressure in from behind the inner edge of the shinbone in the upper half of the leg, angled toward the middle of the calf',
    expect: 'a deep ache over the Achilles tendon above the heel, sometimes spreading into the sole',
  },
  selfCare: {
    pressure:
      'sit with the ankle across the other knee and press the thumbs in behind the inner edge of the shinbone in the upper calf; 30 to 90 seconds',
    stretch:
      'calf stretch against a wall with the knee slightly bent and the foot turned slightly outward, letting the arch drop gently; hold 30 seconds',
  },
  cautions: ['dvt-risk', 'varicose-veins'],
  related: [
    'flexor-digitorum-longus',
    'flexor-hallucis-longus',
    'soleus',
    'gastrocnemius-medial',
    'fibularis-longus',
    'tibialis-anterior',
    'abductor-hallucis',
  ],
  triggerPoints: [
    {
      id: 'tibialis-posterior.upper-belly',
      label: 'TrP1',
      location: {
        region: 'upper-calf',
        description: 'deep in the upper third of the calf, between tibia and fibula, beneath the soleus',
      },
      referral: [
        { region: 'achilles', zone: 'essential', culprit: 'primary' },
        { region: 'upper-calf', zone: 'spillover', culprit: 'common' },
        { region: 'lower-calf', zone: 'spillover', culprit: 'common' },
        { region: 'plantar-heel', zone: 'spillover', culprit: 'common' },
        { region: 'arch', zone: 'spillover', culprit: 'common' },
        { region: 'forefoot-sole', zone: 'spillover', culprit: 'common' },
        { region: 'lesser-toes', zone: 'spillover', culprit: 'common' },
        { region: 'big-toe', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain concentrates over the Achilles tendon just above the heel; the lighter zone runs down the middle of the calf and across the whole sole and toes',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 23, Tibialis posterior muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the tibialis posterior muscle' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Tibialis posterior' },
    {
      work: 'travell-simons-1992',
      locator:
        'Part 3 (leg, ankle and foot) pain guide: calf pain; plantar metatarsal-head pain; big-toe pain',
    },
  ],
});
