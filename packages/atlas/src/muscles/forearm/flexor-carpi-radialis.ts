import { defineMuscle } from '../define-muscle.ts';

/** Flexor carpi radialis: pain in the front of the wrist crease on the thumb side. */
export const flexorCarpiRadialis = defineMuscle({
  id: 'flexor-carpi-radialis',
  name: 'Flexor carpi radialis',
  aliases: ['FCR', 'radial wrist flexor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'flexor carpi radialis',
    uberon: 'UBERON:0001521',
    fma: 'FMA:38459',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the wrist forward and toward the thumb', 'steadies the wrist during grip'],
  restricts: ['wrist.extension', 'grip'],
  painfulOn: ['wrist.flexion', 'wrist.radial_deviation', 'grip'],
  perpetuatedBy: [
    'hand-tools',
    'repetitive-gripping',
    'crutch-use',
    'racquet-sports',
    'gardening',
    'weight-training',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine, forearm palm up and supported',
    method: 'flat',
    howToFind:
      'feel the wrist flexor tendon on the thumb side of palmaris longus at the wrist, then follow it up to its belly in the upper half of the forearm, about a third of the way down from the inner elbow; resisted wrist bending toward the thumb firms it',
  },
  treatment: {
    position: 'client supine, forearm palm up, wrist straight',
    pressure: 'flat thumb pressure on the band, then stripping toward the wrist',
    expect: 'an ache concentrated at the front of the wrist crease',
  },
  selfCare: {
    pressure:
      'press the upper front of the forearm on the thumb side of the midline with the other thumb; 30 to 60 seconds',
    stretch:
      'elbow straight and palm up, bend the wrist back and slightly toward the little finger with the other hand; hold 30 seconds',
  },
  cautions: ['median-nerve'],
  related: [
    'flexor-carpi-ulnaris',
    'palmaris-longus',
    'pronator-teres',
    'flexor-digitorum-superficialis',
    'extensor-carpi-radialis-longus',
  ],
  triggerPoints: [
    {
      id: 'flexor-carpi-radialis.mid-belly',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-radial',
        description:
          'upper half of the front of the forearm, in the belly just to the thumb side of palmaris longus',
      },
      referral: [
        { region: 'volar-wrist', zone: 'essential', culprit: 'primary' },
        { region: 'volar-forearm-radial', zone: 'spillover', culprit: 'occasional' },
        { region: 'palm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 38, Hand and finger flexors in the forearm' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: wrist flexors' },
  ],
});
