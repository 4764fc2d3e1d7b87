import { defineMuscle } from '../define-muscle.ts';

/** Flexor carpi ulnaris: pain on the little-finger side of the front of the wrist; can press on the ulnar nerve. */
export const flexorCarpiUlnaris = defineMuscle({
  id: 'flexor-carpi-ulnaris',
  name: 'Flexor carpi ulnaris',
  aliases: ['FCU', 'ulnar wrist flexor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'flexor carpi ulnaris',
    uberon: 'UBERON:0001522',
    fma: 'FMA:38465',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'bends the wrist forward and toward the little finger',
    'steadies the pisiform bone for the little-finger muscles',
  ],
  restricts: ['wrist.extension', 'wrist.radial_deviation', 'grip'],
  painfulOn: ['wrist.flexion', 'wrist.ulnar_deviation', 'grip'],
  perpetuatedBy: [
    'hand-tools',
    'repetitive-gripping',
    'golf',
    'racquet-sports',
    'typing',
    'playing-instrument',
  ],
  symptoms: ['tingling', 'numbness'],
  entrapments: [
    'ulnar nerve where it passes between the two heads of the muscle just below the elbow (cubital tunnel): tingling or numbness in the ring and little fingers',
  ],
  palpation: {
    position: 'client supine, forearm palm up and supported, elbow slightly bent',
    method: 'flat-or-pincer',
    howToFind:
      'along the little-finger edge of the front of the forearm, a few finger widths below the inner elbow; the muscle can be lifted from the ulna with a pincer grip, and resisted wrist bending toward the little finger firms it',
  },
  treatment: {
    position: 'client supine, forearm palm up and turned a little outward',
    pressure:
      'pincer compression or flat pressure toward the ulna, staying below the groove behind the inner elbow',
    expect: 'an ache at the little-finger side of the front of the wrist',
  },
  selfCare: {
    pressure:
      'squeeze the inner edge of the upper forearm between thumb and fingers of the other hand; 30 to 60 seconds',
    stretch:
      'elbow straight and palm up, bend the wrist back and toward the thumb with the other hand; hold 30 seconds',
  },
  cautions: ['ulnar-nerve'],
  related: [
    'flexor-carpi-radialis',
    'palmaris-longus',
    'extensor-carpi-ulnaris',
    'flexor-digitorum-profundus',
    'flexor-digitorum-superficialis',
    'abductor-digiti-minimi-hand',
  ],
  triggerPoints: [
    {
      id: 'flexor-carpi-ulnaris.upper-belly',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-ulnar',
        description:
          'upper third of the forearm along the little-finger edge, a few finger widths below the inner elbow',
      },
      referral: [
        { region: 'ulnar-wrist', zone: 'essential', culprit: 'primary' },
        { region: 'volar-wrist', zone: 'spillover', culprit: 'primary' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'occasional' },
        { region: 'medial-epicondyle', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 38, Hand and finger flexors in the forearm' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: wrist flexors' },
  ],
});
