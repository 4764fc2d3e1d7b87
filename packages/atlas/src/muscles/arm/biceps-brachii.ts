import { defineMuscle } from '../define-muscle.ts';

/** Biceps brachii: a superficial ache up the front of the arm to the front of the shoulder. */
export const bicepsBrachii = defineMuscle({
  id: 'biceps-brachii',
  name: 'Biceps brachii',
  aliases: ['biceps', 'bicep', 'biceps muscle'],
  area: 'arm',
  paired: true,
  identifiers: {
    tableName: 'biceps brachii',
    uberon: 'UBERON:0001507',
    fma: 'FMA:37670',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the palm up',
    'bends the elbow, most strongly with the palm up',
    'helps raise the arm forward',
  ],
  restricts: ['elbow.extension', 'shoulder.extension', 'forearm.pronation'],
  painfulOn: ['elbow.flexion', 'forearm.supination', 'shoulder.flexion'],
  perpetuatedBy: [
    'lifting-heavy',
    'carrying-in-front',
    'hand-tools',
    'playing-instrument',
    'racquet-sports',
    'shovelling',
    'weight-training',
  ],
  symptoms: ['arm-heaviness'],
  entrapments: [],
  palpation: {
    position: 'client supine, elbow slightly bent and supported on a pillow, palm up',
    method: 'pincer',
    howToFind:
      'lift the muscle away from the arm bone between thumb and fingers and roll across both heads in the lower half of the arm, a little above the elbow crease',
  },
  treatment: {
    position: 'client supine with the arm resting on the table and the elbow slightly bent',
    pressure: 'pincer compression of each head, working up from just above the elbow crease',
    expect: 'an ache travelling up over the front of the arm to the front of the shoulder',
  },
  selfCare: {
    pressure:
      'with the forearm resting on a table, grasp the muscle between thumb and fingers and squeeze each tender spot, 30 to 90 seconds',
    stretch:
      'with the palm facing down, place the hand behind you on a table edge with the elbow straight and slowly bend the knees; hold 30 seconds',
  },
  cautions: ['median-nerve'],
  related: [
    'brachialis',
    'coracobrachialis',
    'deltoid-anterior',
    'supinator',
    'triceps-long-head',
    'brachioradialis',
    'infraspinatus',
  ],
  triggerPoints: [
    {
      id: 'biceps-brachii.long-head',
      label: 'TrP1',
      location: {
        region: 'anterior-upper-arm',
        description:
          'in the outer (long) head, in the lower third of the arm a few finger-widths above the elbow crease',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'anterior-upper-arm', zone: 'essential', culprit: 'primary' },
        { region: 'antecubital', zone: 'spillover', culprit: 'primary' },
        { region: 'supraspinous', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'superficial pain, not the deep joint ache of the rotator cuff; often felt when lifting with the arm above shoulder height',
    },
    {
      id: 'biceps-brachii.short-head',
      label: 'TrP2',
      location: {
        region: 'anterior-upper-arm',
        description: 'in the inner (short) head at about the same level, a little above the elbow crease',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'anterior-upper-arm', zone: 'essential', culprit: 'primary' },
        { region: 'antecubital', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 30, Biceps brachii muscle' },
    { work: 'davies-2013', locator: 'biceps section' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: front-of-arm pain' },
  ],
});
