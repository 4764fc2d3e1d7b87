import { defineMuscle } from '../define-muscle.ts';

/** Palmaris longus: a prickling, surface-level pain in the palm that makes tool handles hard to hold. */
export const palmarisLongus = defineMuscle({
  id: 'palmaris-longus',
  name: 'Palmaris longus',
  aliases: ['palmaris'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'palmaris longus',
    uberon: 'UBERON:0016493',
    fma: 'FMA:38462',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['tenses the fascia of the palm', 'helps bend the wrist'],
  restricts: ['wrist.extension', 'grip'],
  painfulOn: ['wrist.flexion', 'grip'],
  perpetuatedBy: [
    'hand-tools',
    'repetitive-gripping',
    'racquet-sports',
    'gardening',
    'crutch-use',
    'weight-training',
  ],
  symptoms: ['tingling'],
  entrapments: [],
  palpation: {
    position: 'client supine, forearm palm up and supported',
    method: 'flat-or-pincer',
    howToFind:
      'have the client touch thumb to little finger and bend the wrist slightly: the tendon stands out in the middle of the wrist; follow it up to its short belly in the upper third of the forearm, just below the inner elbow',
  },
  treatment: {
    position: 'client supine, forearm palm up, wrist resting straight',
    pressure: 'moderate flat pressure on the belly, or a gentle pincer grip where the belly can be lifted',
    expect: 'a prickling or needle-like pain in the palm rather than a deep ache',
  },
  selfCare: {
    pressure:
      'press the upper front of the forearm just below the inner elbow with the other thumb; 30 to 60 seconds',
    stretch:
      'straighten the elbow, palm up, and bend the wrist and fingers back with the other hand; hold 30 seconds',
  },
  cautions: ['median-nerve'],
  related: [
    'flexor-carpi-radialis',
    'flexor-carpi-ulnaris',
    'flexor-digitorum-superficialis',
    'pronator-teres',
    'triceps-medial-head',
  ],
  triggerPoints: [
    {
      id: 'palmaris-longus.upper-belly',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-ulnar',
        description:
          'upper third of the front of the forearm, in the short belly between the two wrist flexors',
      },
      referral: [
        { region: 'palm', zone: 'essential', culprit: 'primary' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
        { region: 'volar-wrist', zone: 'spillover', culprit: 'common' },
        { region: 'thenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the muscle is missing in some people; thickening of the palm fascia (Dupuytren contracture) has been linked with these points',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 37, Palmaris longus muscle' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: palmaris longus' },
  ],
});
