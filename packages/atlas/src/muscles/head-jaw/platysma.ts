import { defineMuscle } from '../define-muscle.ts';

/** Platysma: the thin sheet of muscle under the skin of the neck; refers a prickling pain over the lower face and jaw. */
export const platysma = defineMuscle({
  id: 'platysma',
  name: 'Platysma',
  aliases: ['platysma muscle', 'neck skin muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'platysma',
    uberon: 'UBERON:0005467',
    fma: 'FMA:45738',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['tightens the skin of the neck', 'pulls the corners of the mouth and the lower lip down'],
  restricts: [],
  painfulOn: [],
  perpetuatedBy: ['emotional-stress', 'teeth-clenching', 'forward-head-posture'],
  symptoms: ['tingling', 'burning'],
  entrapments: [],
  palpation: {
    position: 'client supine, head in neutral',
    method: 'pincer',
    howToFind:
      'ask the client to grimace by pulling the mouth corners down; lift the thin sheet of skin and muscle over the sternocleidomastoid between thumb and finger and roll it to find tender spots',
  },
  treatment: {
    position: 'client supine, head turned slightly away',
    pressure: 'a light pincer grip of the skin and muscle only, lifting it off the deeper structures',
    expect: 'a prickling or hot feeling over the jaw, chin or cheek',
  },
  selfCare: {
    pressure:
      'pinch up and roll the skin of the side of the neck between thumb and finger, 20 seconds per spot',
    stretch: 'tip the head back and pull the lower lip up over the upper lip; hold 15 seconds',
  },
  cautions: ['jugular-vein', 'carotid-artery'],
  related: [
    'sternocleidomastoid-sternal',
    'sternocleidomastoid-clavicular',
    'scalenus-anterior',
    'digastric-anterior',
    'masseter-superficial',
  ],
  triggerPoints: [
    {
      id: 'platysma.neck',
      label: 'TrP1',
      location: {
        region: 'lateral-neck',
        description: 'over the lower half of the sternocleidomastoid, a few centimetres above the collarbone',
      },
      referral: [
        { region: 'mandible', zone: 'essential', culprit: 'common' },
        { region: 'chin', zone: 'essential', culprit: 'common' },
        { region: 'cheek', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'felt as a prickling rather than an ache, over the skin of the lower face',
    },
    {
      id: 'platysma.clavicular',
      label: 'TrP2',
      location: {
        region: 'supraclavicular',
        description: 'low on the neck, just above the collarbone',
      },
      referral: [
        { region: 'infraclavicular', zone: 'essential', culprit: 'occasional' },
        { region: 'pectoral', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'less often described; a prickling pain across the upper front of the chest',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles (platysma)' },
    { work: 'donnelly-2019', locator: 'chapter on the facial muscles' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: cheek and jaw pain' },
  ],
});
