import { defineMuscle } from '../define-muscle.ts';

/** Fibularis (peroneus) longus: the usual muscular source of pain around the outer ankle bone. */
export const fibularisLongus = defineMuscle({
  id: 'fibularis-longus',
  name: 'Fibularis longus',
  aliases: ['peroneus longus', 'long peroneal muscle', 'long fibular muscle'],
  area: 'leg',
  paired: true,
  identifiers: {
    tableName: 'fibularis longus',
    uberon: 'UBERON:0001387',
    fma: 'FMA:22539',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the sole outward (eversion) and helps point the foot',
    'presses the base of the big toe down and braces the arches when standing on one leg',
  ],
  restricts: ['ankle.inversion', 'walking'],
  painfulOn: ['ankle.eversion', 'ankle.plantarflexion', 'walking'],
  perpetuatedBy: [
    'morton-foot',
    'high-heels',
    'sitting-cross-legged',
    'tight-shoes',
    'immobilisation',
    'running-on-camber',
    'walking-on-sand',
  ],
  symptoms: ['weak-ankle'],
  entrapments: [
    'common fibular nerve where it runs between the muscle and the neck of the fibula (can weaken lifting of the foot)',
  ],
  palpation: {
    position:
      'client lying on the opposite side with a pillow between the knees, or on the back with the knee supported',
    method: 'flat',
    howToFind:
      'find the head of the fibula below the outside of the knee and move two to four finger-widths down along the bone; the muscle lies right on the fibula and tightens when the client turns the sole outward',
  },
  treatment: {
    position: 'side-lying with the foot turned slightly inward to take up slack',
    pressure:
      'flat thumb pressure pinning the band against the fibula, starting below the nerve at the fibular neck, then stripping down the outside of the leg',
    expect: 'an ache around the outer ankle bone, at times along the outer edge of the foot',
  },
  selfCare: {
    pressure:
      'sit and press the thumbs into the outside of the leg a few finger-widths below the fibular head, or lie on a ball placed there; 30 to 90 seconds',
    stretch:
      'sit with the ankle resting on the other knee and pull the foot so the sole turns up and inward; hold 30 seconds',
  },
  cautions: ['common-fibular-nerve', 'compartment-syndrome'],
  related: [
    'fibularis-brevis',
    'fibularis-tertius',
    'tibialis-posterior',
    'tibialis-anterior',
    'extensor-digitorum-longus',
    'gastrocnemius-lateral',
    'soleus',
    'gluteus-minimus-posterior',
  ],
  triggerPoints: [
    {
      id: 'fibularis-longus.upper-belly',
      label: 'TrP1',
      location: {
        region: 'lateral-leg',
        description: '2 to 4 cm below the head of the fibula, on the shaft of the bone',
      },
      referral: [
        { region: 'lateral-ankle', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-leg', zone: 'spillover', culprit: 'primary' },
        { region: 'posterior-heel', zone: 'spillover', culprit: 'occasional' },
        { region: 'dorsal-foot', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain above, behind and below the outer ankle bone; the lighter zone runs a short way along the outer edge of the foot and the outer heel',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 20, Peroneal muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the fibularis longus, brevis and tertius muscles' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, Peroneus longus and brevis' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: outer-leg pain' },
  ],
});
