import { defineMuscle } from '../define-muscle.ts';

/** Fibularis (peroneus) brevis: lower outer leg, refers around the outer ankle bone. */
export const fibularisBrevis = defineMuscle({
  id: 'fibularis-brevis',
  name: 'Fibularis brevis',
  aliases: ['peroneus brevis', 'short peroneal muscle', 'short fibular muscle'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'fibularis brevis',
    uberon: 'UBERON:0010526',
    fma: 'FMA:22540',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the sole outward and helps point the foot',
    'steadies the outer ankle so the foot does not roll over',
  ],
  restricts: ['ankle.inversion', 'walking'],
  painfulOn: ['ankle.eversion', 'walking'],
  perpetuatedBy: [
    'morton-foot',
    'high-heels',
    'tight-shoes',
    'immobilisation',
    'running-on-camber',
    'walking-on-sand',
  ],
  symptoms: ['weak-ankle'],
  entrapments: [],
  palpation: {
    position: 'client lying on the opposite side with the lower leg supported',
    method: 'flat',
    howToFind:
      'on the lower outer leg, where the middle and lower thirds meet, feel either side of the fibularis longus tendon against the fibula; the muscle hardens when the client turns the sole outward',
  },
  treatment: {
    position: 'side-lying with the foot turned slightly inward',
    pressure:
      'thumb pressure pinning the muscle against the back and front of the fibula, then short strokes downward',
    expect: 'an ache at and behind the outer ankle bone',
  },
  selfCare: {
    pressure:
      'press the thumbs into the lower third of the outer leg just beside the fibula; 30 to 90 seconds',
    stretch:
      'sit with the ankle on the other knee and turn the sole up and inward with the hand; hold 30 seconds',
  },
  cautions: ['compartment-syndrome'],
  related: [
    'fibularis-longus',
    'fibularis-tertius',
    'tibialis-posterior',
    'tibialis-anterior',
    'extensor-digitorum-brevis',
  ],
  triggerPoints: [
    {
      id: 'fibularis-brevis.lower-belly',
      label: 'TrP1',
      location: {
        region: 'lateral-leg',
        description:
          'where the middle and lower thirds of the outer leg meet, on either side of the fibularis longus tendon',
      },
      referral: [
        { region: 'lateral-ankle', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-leg', zone: 'spillover', culprit: 'common' },
        { region: 'posterior-heel', zone: 'spillover', culprit: 'occasional' },
        { region: 'dorsal-foot', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'much like fibularis longus; the lighter zone reaches the outer heel and the outer edge of the foot',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 20, Peroneal muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the fibularis longus, brevis and tertius muscles' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Peroneus longus and brevis' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: outer-leg pain' },
  ],
});
