import { defineMuscle } from '../define-muscle.ts';

/** Pronator teres: deep pain at the thumb side of the front of the wrist; can pinch the median nerve. */
export const pronatorTeres = defineMuscle({
  id: 'pronator-teres',
  name: 'Pronator teres',
  aliases: ['round pronator'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'pronator teres',
    uberon: 'UBERON:0001520',
    fma: 'FMA:38450',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['turns the palm down, most strongly against resistance', 'helps bend the elbow'],
  restricts: ['forearm.supination', 'elbow.extension'],
  painfulOn: ['forearm.pronation'],
  perpetuatedBy: [
    'hand-tools',
    'racquet-sports',
    'golf',
    'throwing',
    'writing',
    'repetitive-gripping',
    'weight-training',
    'immobilisation',
  ],
  symptoms: ['tingling', 'numbness'],
  entrapments: [
    'median nerve where it passes between the two heads of the muscle (pronator syndrome): tingling or numbness in the thumb, index and middle fingers, without the night waking typical of carpal tunnel syndrome',
  ],
  palpation: {
    position: 'client supine, elbow slightly bent, forearm palm up and supported',
    method: 'flat',
    howToFind:
      'from the inner elbow, follow the muscle that runs diagonally toward the middle of the radius along the inner edge of the elbow crease; the band lies a few centimetres below the crease, just inside the biceps tendon; resisted palm-down turning firms it',
  },
  treatment: {
    position: 'client supine, forearm palm up, elbow supported just short of straight',
    pressure:
      'moderate flat pressure, angled away from the brachial pulse; stop if tingling runs into the fingers',
    expect: 'a deep ache at the thumb side of the front of the wrist, sometimes into the base of the thumb',
  },
  selfCare: {
    pressure:
      'with the palm up, press just below the elbow crease and inside the biceps tendon with the other thumb; 30 seconds, easing off on tingling',
    stretch:
      'straighten the elbow and turn the palm up as far as it goes, letting the other hand turn it slightly further; hold 30 seconds',
  },
  cautions: ['median-nerve', 'brachial-artery'],
  related: [
    'pronator-quadratus',
    'flexor-carpi-radialis',
    'palmaris-longus',
    'supinator',
    'biceps-brachii',
    'brachialis',
  ],
  triggerPoints: [
    {
      id: 'pronator-teres.upper-belly',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-ulnar',
        description:
          'a few centimetres below the elbow crease, just inside the biceps tendon, in the diagonal belly',
      },
      referral: [
        { region: 'volar-wrist', zone: 'essential', culprit: 'common' },
        { region: 'radial-wrist', zone: 'essential', culprit: 'common' },
        { region: 'volar-forearm-radial', zone: 'spillover', culprit: 'primary' },
        { region: 'thenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'thumb', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain is felt deep, and turning the palm up against resistance can bring it on',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 38, Hand and finger flexors in the forearm (pronator teres)' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: pronator teres' },
  ],
});
