import { defineMuscle } from '../define-muscle.ts';

/** Buccinator: the muscle of the cheek wall; refers locally into the cheek and upper gums. */
export const buccinator = defineMuscle({
  id: 'buccinator',
  name: 'Buccinator',
  aliases: ['buccinator muscle', 'cheek muscle', 'trumpeter muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'buccinator',
    uberon: 'UBERON:0001582',
    fma: 'FMA:46834',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'presses the cheek against the teeth to keep food between them when chewing',
    'tightens the cheeks when blowing or sucking',
  ],
  restricts: [],
  painfulOn: ['jaw.closing'],
  perpetuatedBy: ['wind-instrument', 'ill-fitting-dental-appliance', 'chewing-gum', 'hard-chewy-food'],
  symptoms: ['difficulty-swallowing'],
  entrapments: [],
  palpation: {
    position: 'client supine, mouth relaxed',
    method: 'pincer',
    howToFind:
      'with a gloved thumb inside the cheek and a finger outside, hold the cheek wall at the level of the teeth, in front of the masseter; ask the client to puff the cheeks to feel the muscle tighten',
  },
  treatment: {
    position: 'client supine, head turned slightly away',
    pressure:
      'gentle pincer compression of the cheek wall, moving forward from the masseter toward the mouth corner',
    expect: 'a deep local ache in the cheek, sometimes into the upper gums',
  },
  selfCare: {
    pressure:
      'hold the cheek between the thumb inside and the fingers outside and squeeze lightly at tender spots, 20 to 30 seconds',
    stretch: 'puff the cheeks out with air and hold 10 seconds; repeat a few times',
  },
  cautions: ['intraoral-work'],
  related: ['masseter-superficial', 'zygomaticus-major', 'medial-pterygoid', 'temporalis'],
  triggerPoints: [
    {
      id: 'buccinator.central',
      label: 'TrP1',
      location: {
        region: 'cheek',
        description: 'in the cheek wall at the level of the upper and lower teeth, in front of the masseter',
      },
      referral: [
        { region: 'cheek', zone: 'essential', culprit: 'common' },
        { region: 'gums', zone: 'spillover', culprit: 'occasional' },
        { region: 'upper-molars', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'felt as a deep ache under the cheekbone; chewing and swallowing may feel awkward',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles (buccinator)' },
    { work: 'donnelly-2019', locator: 'chapter on the facial muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Facial muscles' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: cheek and jaw pain' },
  ],
});
