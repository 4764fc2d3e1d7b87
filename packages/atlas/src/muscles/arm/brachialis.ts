import { defineMuscle } from '../define-muscle.ts';

/** Brachialis: an upper-arm muscle that sends its pain to the base of the thumb. */
export const brachialis = defineMuscle({
  id: 'brachialis',
  name: 'Brachialis',
  aliases: ['brachialis muscle', 'brachialis anticus'],
  area: 'arm',
  paired: true,
  identifiers: {
    tableName: 'brachialis',
    uberon: 'UBERON:0001506',
    fma: 'FMA:37667',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the elbow whatever the position of the forearm'],
  restricts: ['elbow.extension'],
  painfulOn: ['elbow.flexion'],
  perpetuatedBy: [
    'carrying-in-front',
    'lifting-heavy',
    'playing-instrument',
    'hand-tools',
    'carrying-child',
    'weight-training',
    'climbing',
  ],
  symptoms: ['numbness', 'tingling'],
  entrapments: [
    'superficial (sensory) branch of the radial nerve at the outer edge of the muscle (numbness or tingling on the back of the thumb)',
  ],
  palpation: {
    position: 'client supine, elbow bent to about 90 degrees and supported so the biceps is slack',
    method: 'flat-or-pincer',
    howToFind:
      'push the relaxed biceps toward the inner side and press the brachialis against the arm bone on the outer side of the lower arm, a few finger-widths above the elbow crease',
  },
  treatment: {
    position: 'client supine with the elbow bent and the forearm resting on the body or a pillow',
    pressure:
      'flat thumb compression against the arm bone with the biceps held aside, or a pincer grip that takes in both muscles',
    expect:
      'aching or soreness felt at the base of the thumb and the thumb web, sometimes the front of the elbow',
  },
  selfCare: {
    pressure:
      'rest the forearm on a table, push the biceps aside with the thumb of the other hand and press into the outer lower arm, 30 to 90 seconds',
    stretch:
      'straighten the elbow fully with the palm up and gently press the forearm down over the edge of a table; hold 30 seconds',
  },
  cautions: ['radial-nerve', 'median-nerve'],
  related: [
    'biceps-brachii',
    'brachioradialis',
    'supinator',
    'triceps-medial-head',
    'adductor-pollicis',
    'opponens-pollicis',
    'first-dorsal-interosseous-hand',
  ],
  triggerPoints: [
    {
      id: 'brachialis.distal',
      label: 'TrP1',
      location: {
        region: 'anterior-upper-arm',
        description: 'deep to the biceps, a few finger-widths above the elbow crease, toward the outer side',
      },
      referral: [
        { region: 'radial-wrist', zone: 'essential', culprit: 'primary' },
        { region: 'thumb-web', zone: 'essential', culprit: 'primary' },
        { region: 'thumb', zone: 'spillover', culprit: 'primary' },
        { region: 'thenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'antecubital', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'pain and tenderness at the back of the base of the thumb, at rest and when using the thumb',
    },
    {
      id: 'brachialis.mid',
      label: 'TrP2',
      location: {
        region: 'anterior-upper-arm',
        description: 'higher in the muscle, about the middle of the arm under the outer edge of the biceps',
      },
      referral: [
        { region: 'radial-wrist', zone: 'essential', culprit: 'primary' },
        { region: 'thumb-web', zone: 'essential', culprit: 'primary' },
        { region: 'antecubital', zone: 'spillover', culprit: 'primary' },
        { region: 'anterior-upper-arm', zone: 'spillover', culprit: 'common' },
        { region: 'anterior-deltoid', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 31, Brachialis muscle' },
    { work: 'davies-2013', locator: 'brachialis section' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: front-of-arm pain' },
    {
      work: 'simons-1999',
      locator: 'Part 3 (elbow to finger) pain guide: base-of-thumb and radial hand pain',
    },
  ],
});
