import { defineMuscle } from '../define-muscle.ts';

/** Serratus anterior: pain at the side of the chest and the lower tip of the shoulder blade, and the runner's stitch. */
export const serratusAnterior = defineMuscle({
  id: 'serratus-anterior',
  name: 'Serratus anterior',
  aliases: ['serratus anterior muscle', "boxer's muscle", 'serratus magnus'],
  area: 'chest',
  paired: true,
  identifiers: {
    tableName: 'serratus anterior',
    uberon: 'UBERON:0001125',
    fma: 'FMA:13397',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the shoulder blade forward around the ribcage, as in punching or pushing',
    'rotates the shoulder blade upward so the arm can go overhead, and holds it flat against the ribs',
    'may help lift the ribs in forced breathing',
  ],
  restricts: ['breathing.deep_inspiration', 'scapula.retraction', 'shoulder.horizontal_abduction'],
  painfulOn: ['scapula.protraction', 'scapula.upward_rotation', 'breathing.deep_inspiration'],
  perpetuatedBy: [
    'running',
    'push-ups',
    'chronic-cough',
    'climbing',
    'swimming',
    'overhead-work',
    'lifting-heavy',
    'weight-training',
  ],
  symptoms: ['shortness-of-breath', 'side-stitch', 'sleep-disturbance'],
  entrapments: [],
  palpation: {
    position:
      'client lying on the opposite side with the top arm resting forward on a pillow, or on the back with the arm out to the side',
    method: 'flat',
    howToFind:
      'below the armpit, behind the edge of pectoralis major and in front of latissimus dorsi, press the finger-like slips against the ribs one by one around the fifth and sixth ribs',
  },
  treatment: {
    position: 'side-lying on the other side, top arm forward and supported',
    pressure:
      'flat fingertip or thumb pressure on each slip against its rib; never press into the spaces between the ribs',
    expect:
      'a local ache at the side of the chest, sometimes felt behind at the lower tip of the shoulder blade or down the inside of the arm',
  },
  selfCare: {
    pressure:
      'lean the side of the ribcage onto a ball against a wall, or press with the fingertips of the other hand, 30 to 90 seconds',
    stretch:
      'sit or stand and turn the trunk away from the tight side while drawing the elbow back at shoulder height, breathing in deeply; hold 30 seconds',
  },
  cautions: ['lungs', 'breast-tissue', 'axillary-vessels'],
  related: [
    'latissimus-dorsi',
    'pectoralis-major-costal',
    'pectoralis-minor',
    'rhomboid-major',
    'middle-trapezius',
    'intercostals',
    'diaphragm',
    'external-oblique',
    'serratus-posterior-superior',
    'scalenus-medius',
  ],
  triggerPoints: [
    {
      id: 'serratus-anterior.midaxillary',
      label: 'TrP1',
      location: {
        region: 'lateral-chest',
        description:
          'on the side of the ribcage in the midline of the armpit, at about the fifth or sixth rib',
      },
      referral: [
        { region: 'lateral-chest', zone: 'essential', culprit: 'primary' },
        { region: 'scapula-inferior-angle', zone: 'essential', culprit: 'common' },
        { region: 'medial-upper-arm', zone: 'spillover', culprit: 'occasional' },
        { region: 'medial-epicondyle', zone: 'spillover', culprit: 'common' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
        { region: 'palm', zone: 'spillover', culprit: 'occasional' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'a stitch in the side on running and not being able to take a full breath are typical',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'chapter on the serratus anterior muscle (pain pattern figure p. 888)' },
    {
      work: 'simons-1999',
      locator:
        'chapter on the serratus anterior muscle, referred pain: down the inner arm to the palm and the ring and little fingers; shoulder and arm pain guide, inner-elbow (medial epicondyle) pain',
    },
    { work: 'donnelly-2019', locator: 'chapter on the serratus anterior muscle' },
    { work: 'davies-2013', locator: 'section on serratus anterior' },
    { work: 'finando-2005', locator: 'section on serratus anterior' },
    {
      work: 'simons-1999',
      locator: 'Part 3 (elbow to finger) pain guide: medial epicondylar pain; volar and ulnar forearm pain',
    },
  ],
});
