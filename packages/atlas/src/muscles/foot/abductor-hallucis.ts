import { defineMuscle } from '../define-muscle.ts';

/** Abductor hallucis: along the inner edge of the sole; refers to the inner heel and arch. */
export const abductorHallucis = defineMuscle({
  id: 'abductor-hallucis',
  name: 'Abductor hallucis',
  aliases: ['abductor of the big toe', 'abductor hallucis muscle'],
  area: 'foot',
  paired: true,
  identifiers: {
    tableName: 'abductor hallucis muscle',
    uberon: 'UBERON:0008464',
    fma: 'FMA:37448',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'moves the big toe away from the second toe and helps bend it',
    'supports the inner arch when standing and walking',
  ],
  restricts: ['walking'],
  painfulOn: ['walking', 'toe.flexion'],
  perpetuatedBy: ['tight-shoes', 'poor-footwear', 'flat-feet', 'running', 'walking-on-sand'],
  symptoms: ['tingling'],
  entrapments: [
    'tibial nerve branches (medial and lateral plantar nerves) where they pass beneath the muscle at the inner heel',
  ],
  palpation: {
    position: 'client lying on the back or on the side with the inner edge of the foot up',
    method: 'flat',
    howToFind:
      'along the inner edge of the sole from the heel to the big toe joint, just below the bony arch; the muscle firms when the client tries to spread the big toe',
  },
  treatment: {
    position: 'side-lying or supine with the foot supported',
    pressure:
      'thumb pressure upward against the bones of the arch along the whole muscle, then slow strokes from the heel toward the big toe',
    expect: 'an ache in the inner heel spreading along the inner arch',
  },
  selfCare: {
    pressure: 'roll the inner edge of the sole over a golf ball and hold on tender spots; 30 to 60 seconds',
    stretch: 'pull the big toe up and toward the second toe with the hand; hold 30 seconds',
  },
  cautions: ['diabetic-foot'],
  related: [
    'flexor-hallucis-brevis',
    'flexor-digitorum-brevis',
    'quadratus-plantae',
    'adductor-hallucis',
    'soleus',
    'tibialis-posterior',
    'flexor-hallucis-longus',
  ],
  triggerPoints: [
    {
      id: 'abductor-hallucis.belly',
      label: 'TrP1',
      location: {
        region: 'arch',
        description:
          'along the inner edge of the sole, in the muscle between the heel and the ball of the big toe',
      },
      referral: [
        { region: 'plantar-heel', zone: 'essential', culprit: 'primary' },
        { region: 'medial-ankle', zone: 'spillover', culprit: 'primary' },
        { region: 'arch', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain centres on the inner side of the heel; the lighter zone runs along the inner arch',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 26, Superficial intrinsic foot muscles' },
    {
      work: 'travell-simons-1992',
      locator:
        'leg, ankle and foot pain guide: heel pain, abductor hallucis after soleus and quadratus plantae',
    },
    { work: 'donnelly-2019', locator: 'chapter on the intrinsic muscles of the foot' },
    { work: 'davies-2013', locator: 'chapter on lower leg, ankle and foot pain, foot muscles' },
    { work: 'travell-simons-1992', locator: 'Part 3 (leg, ankle and foot) pain guide: heel pain' },
  ],
});
