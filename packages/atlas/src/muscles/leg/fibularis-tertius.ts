import { defineMuscle } from '../define-muscle.ts';

/** Fibularis (peroneus) tertius: refers to the front and outside of the ankle and the outer heel. */
export const fibularisTertius = defineMuscle({
  id: 'fibularis-tertius',
  name: 'Fibularis tertius',
  aliases: ['peroneus tertius', 'third peroneal muscle', 'third fibular muscle'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'fibularis tertius',
    uberon: 'UBERON:0010524',
    fma: 'FMA:22538',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['pulls the foot up and turns the sole outward'],
  restricts: ['ankle.plantarflexion', 'ankle.inversion'],
  painfulOn: ['ankle.dorsiflexion', 'ankle.eversion'],
  perpetuatedBy: ['walking-on-sand', 'running', 'immobilisation'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the foot relaxed',
    method: 'flat',
    howToFind:
      'in the lower half of the leg just in front of the fibula; have the client pull the foot up and out and feel the small belly on the outer side of the long toe extensor',
  },
  treatment: {
    position: 'supine with the foot slightly pointed and turned in',
    pressure:
      'thumb pressure against the front of the fibula in the lower leg, then short strokes toward the ankle',
    expect: 'an ache at the front and outside of the ankle, sometimes at the outer heel',
  },
  selfCare: {
    pressure: 'press a thumb just in front of the fibula in the lower half of the leg; 30 to 90 seconds',
    stretch: 'point the foot and turn the sole inward, helping with the hand; hold 30 seconds',
  },
  cautions: ['compartment-syndrome'],
  related: ['fibularis-longus', 'fibularis-brevis', 'extensor-digitorum-longus', 'tibialis-anterior'],
  triggerPoints: [
    {
      id: 'fibularis-tertius.lower-belly',
      label: 'TrP1',
      location: {
        region: 'lateral-leg',
        description: 'a little below the middle of the leg, just in front of the fibula',
      },
      referral: [
        { region: 'anterior-ankle', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-ankle', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-heel', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'front-outer side of the ankle; the lighter zone reaches the outer side of the heel',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 20, Peroneal muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the fibularis longus, brevis and tertius muscles' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: outer-ankle pain' },
  ],
});
