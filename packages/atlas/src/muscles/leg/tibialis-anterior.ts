import { defineMuscle } from '../define-muscle.ts';

/** Tibialis anterior: the main source of pain at the front of the ankle and over the big toe. */
export const tibialisAnterior = defineMuscle({
  id: 'tibialis-anterior',
  name: 'Tibialis anterior',
  aliases: ['anterior tibialis', 'tibialis anticus', 'shin muscle'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'tibialis anterior',
    uberon: 'UBERON:0001385',
    fma: 'FMA:22532',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the foot up at the ankle and lifts its inner edge (dorsiflexion and inversion)',
    'lowers the forefoot under control after the heel strikes the ground, so the foot does not slap down',
  ],
  restricts: ['ankle.plantarflexion', 'walking'],
  painfulOn: ['ankle.dorsiflexion', 'ankle.inversion', 'walking'],
  perpetuatedBy: ['walking-on-sand', 'running', 'running-downhill', 'immobilisation'],
  symptoms: ['foot-slap', 'weak-ankle'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with a roll under the knee and the foot relaxed',
    method: 'flat',
    howToFind:
      'find the sharp front edge of the shinbone and slide one finger-width to the outside onto the muscle; have the client pull the foot up to feel it harden, then search across the fibres in the upper third for a tender band',
  },
  treatment: {
    position: 'supine with the knee supported and the foot slightly pointed to take up slack',
    pressure:
      'thumb or knuckle pressure straight down into the upper third of the belly, then slow stripping from just below the knee down toward the ankle',
    expect: 'an ache felt at the front of the ankle and on top of the big toe that fades as the hold is kept',
  },
  selfCare: {
    pressure:
      'sit with the leg out and press the thumbs, or a ball under the palm, into the muscle just outside the shinbone in the upper shin; 30 to 90 seconds per spot',
    stretch:
      'kneel on a cushion and sit back on the heels with the tops of the feet flat, or stand and rest the top of the toes on the floor behind you; hold 30 seconds',
  },
  cautions: ['compartment-syndrome'],
  related: [
    'extensor-hallucis-longus',
    'extensor-digitorum-longus',
    'fibularis-tertius',
    'fibularis-longus',
    'soleus',
    'gastrocnemius-medial',
    'adductor-longus',
  ],
  triggerPoints: [
    {
      id: 'tibialis-anterior.upper-belly',
      label: 'TrP1',
      location: {
        region: 'shin',
        description: 'in the upper third of the muscle, just outside the front edge of the shinbone',
      },
      referral: [
        { region: 'anterior-ankle', zone: 'essential', culprit: 'primary' },
        { region: 'big-toe', zone: 'essential', culprit: 'primary' },
        { region: 'shin', zone: 'spillover', culprit: 'primary' },
        { region: 'dorsal-foot', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain at the front of the ankle and on the top and inner side of the big toe; the shin ache is the lighter part',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 19, Tibialis anterior muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the tibialis anterior muscle' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Tibialis anterior' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: dorsal forefoot pain' },
  ],
});
