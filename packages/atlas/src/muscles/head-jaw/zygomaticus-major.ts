import { defineMuscle } from '../define-muscle.ts';

/** Zygomaticus major: the smiling muscle from cheekbone to mouth corner; refers up beside the nose to the forehead. */
export const zygomaticusMajor = defineMuscle({
  id: 'zygomaticus-major',
  name: 'Zygomaticus major',
  aliases: ['zygomatic major', 'smiling muscle', 'zygomaticus'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'zygomaticus major',
    uberon: 'UBERON:0008593',
    fma: 'FMA:46810',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['draws the corner of the mouth up and out when smiling'],
  restricts: ['jaw.opening'],
  painfulOn: [],
  perpetuatedBy: ['teeth-clenching', 'bruxism', 'emotional-stress', 'wind-instrument'],
  symptoms: ['headache'],
  entrapments: [],
  palpation: {
    position: 'client supine, mouth slightly open',
    method: 'pincer',
    howToFind:
      'follow the line from the corner of the mouth up to the outer cheekbone; pinch the muscle gently between a gloved thumb inside the cheek and a finger outside, or between two fingers from outside, and roll to find the tender band',
  },
  treatment: {
    position: 'client supine with the jaw relaxed',
    pressure:
      'gentle pincer compression along the line of the muscle, close to its upper end near the cheekbone',
    expect: 'pain spreading in an arc beside the nose and up toward the middle of the forehead',
  },
  selfCare: {
    pressure:
      'pinch and roll the cheek between thumb and index finger along the line from the mouth corner to the cheekbone, 20 to 30 seconds per spot',
    stretch:
      'open the mouth gently and pull the corners of the lips down and in, as in a long face; hold 15 seconds',
  },
  cautions: ['facial-nerve', 'intraoral-work'],
  related: [
    'masseter-superficial',
    'orbicularis-oculi',
    'frontalis',
    'buccinator',
    'sternocleidomastoid-sternal',
  ],
  triggerPoints: [
    {
      id: 'zygomaticus-major.central',
      label: 'TrP1',
      location: {
        region: 'cheek',
        description:
          'in the muscle belly between the cheekbone and the corner of the mouth, nearer its upper end',
      },
      referral: [
        { region: 'nose', zone: 'essential', culprit: 'common' },
        { region: 'maxilla', zone: 'essential', culprit: 'common' },
        { region: 'forehead', zone: 'spillover', culprit: 'common' },
        { region: 'periorbital', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the arc runs beside the nose and over its bridge to the middle of the forehead',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles (zygomaticus major)' },
    { work: 'donnelly-2019', locator: 'chapter on the facial muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Facial muscles' },
    {
      work: 'simons-1999',
      locator: 'Part 1 (head and neck) pain guide: frontal headache; cheek and jaw pain',
    },
  ],
});
