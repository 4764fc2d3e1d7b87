import { defineMuscle } from '../define-muscle.ts';

/** Serratus posterior superior: a deep ache under the upper shoulder blade running down the back of the arm to the little finger. */
export const serratusPosteriorSuperior = defineMuscle({
  id: 'serratus-posterior-superior',
  name: 'Serratus posterior superior',
  aliases: ['upper serratus posterior', 'SPS'],
  area: 'back',
  paired: true,
  identifiers: {
    tableName: 'serratus posterior superior',
    uberon: 'UBERON:0001126',
    fma: 'FMA:13401',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['lifts the second to fifth ribs, helping to breathe in'],
  restricts: ['scapula.protraction', 'shoulder.flexion'],
  painfulOn: ['breathing.deep_inspiration'],
  perpetuatedBy: ['chronic-cough', 'paradoxical-breathing', 'prolonged-computer-work', 'rounded-shoulders'],
  symptoms: ['numbness', 'tingling'],
  entrapments: [],
  palpation: {
    position:
      'client sitting or lying face down with the arm hanging forward or across the chest so the shoulder blade slides away from the spine',
    method: 'flat',
    howToFind:
      'once the shoulder blade has moved out, press against the upper ribs in the gap between its inner edge and the spine, at about the level of the top of the shoulder blade',
  },
  treatment: {
    position:
      'prone with the arm hanging off the table, or seated hugging a pillow so the shoulder blade is drawn out',
    pressure:
      'thumb or flat-finger pressure against the ribs through the rhomboids and trapezius; press onto the ribs, not between them',
    expect:
      'a deep ache under the shoulder blade, sometimes running down the back of the arm or into the little finger',
  },
  selfCare: {
    pressure:
      'cross the arm over the chest and lean the upper back onto a ball against a wall, just inside the top of the shoulder blade, 30 to 90 seconds',
    stretch: 'hug the opposite shoulder, round the upper back and breathe out slowly; hold 30 seconds',
  },
  cautions: ['lungs', 'osteoporosis'],
  related: [
    'rhomboid-minor',
    'rhomboid-major',
    'scalenus-anterior',
    'scalenus-medius',
    'scalenus-posterior',
    'latissimus-dorsi',
    'triceps-long-head',
    'iliocostalis-thoracis',
    'serratus-anterior',
  ],
  triggerPoints: [
    {
      id: 'serratus-posterior-superior.under-scapula',
      label: 'TrP1',
      location: {
        region: 'scapula-medial-border',
        description:
          'over the second to fourth ribs under the upper part of the shoulder blade, reachable beside its inner edge only when the shoulder blade is drawn away from the spine',
      },
      referral: [
        { region: 'supraspinous', zone: 'essential', culprit: 'common' },
        { region: 'infraspinous', zone: 'essential', culprit: 'common' },
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'posterior-upper-arm', zone: 'essential', culprit: 'common' },
        { region: 'olecranon', zone: 'essential', culprit: 'common' },
        { region: 'medial-epicondyle', zone: 'spillover', culprit: 'common' },
        { region: 'dorsal-forearm-ulnar', zone: 'spillover', culprit: 'common' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'common' },
        { region: 'ulnar-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'essential', culprit: 'common' },
        { region: 'pectoral', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a steady deep ache under the shoulder blade that does not ease with changes of position; worse when reaching forward to lift',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the serratus posterior superior muscle (pain pattern figure p. 901)',
    },
    {
      work: 'simons-1999',
      locator:
        'shoulder and arm pain guide: inner-elbow (medial epicondyle) pain, last of the listed muscles',
    },
    { work: 'donnelly-2019', locator: 'chapter on the serratus posterior superior muscle' },
    { work: 'davies-2013', locator: 'section on serratus posterior superior' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: back-of-arm pain' },
    {
      work: 'simons-1999',
      locator:
        'Part 3 (elbow to finger) pain guide: medial epicondylar pain; dorsal forearm pain; volar and ulnar forearm pain',
    },
  ],
});
