import { defineMuscle } from '../define-muscle.ts';

/** Internal oblique: groin and testicle pain, and bladder irritability from points along the pubic bone. */
export const internalOblique = defineMuscle({
  id: 'internal-oblique',
  name: 'Internal oblique',
  aliases: ['internal abdominal oblique', 'obliquus internus abdominis'],
  area: 'abdomen',
  paired: true,
  identifiers: {
    tableName: 'internal oblique',
    uberon: 'UBERON:0005454',
    fma: 'FMA:13891',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the trunk toward the same side and bends it sideways',
    'compresses the abdomen, supporting the organs and helping forced breathing out',
  ],
  restricts: ['trunk.rotation', 'trunk.lateral_flexion', 'trunk.extension'],
  painfulOn: ['trunk.rotation', 'trunk.lateral_flexion', 'coughing'],
  perpetuatedBy: [
    'sit-ups',
    'lifting-with-twist',
    'golf',
    'racquet-sports',
    'chronic-cough',
    'abdominal-surgery',
    'pregnancy',
  ],
  symptoms: ['urinary-frequency', 'urinary-retention'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the knees bent over a bolster',
    method: 'flat',
    howToFind:
      'follow the upper edge of the pubic bone outward from the midline with the fingertips, then the inner half of the groin crease, pressing gently down and toward the bone',
  },
  treatment: {
    position: 'supine, knees bent and supported',
    pressure:
      'slow fingertip pressure on the attachments along the pubic bone and just above the groin crease',
    expect: 'local soreness, an ache into the groin, or a sense of bladder urgency that settles',
  },
  selfCare: {
    pressure:
      'lying on the back, press gently along the top of the pubic bone and above the groin crease, 30 to 60 seconds',
    stretch:
      'lie face down and press up on the hands, then rotate the chest gently away from the tight side; hold 30 seconds',
  },
  cautions: ['abdominal-organs', 'hernia', 'femoral-triangle'],
  related: [
    'external-oblique',
    'transversus-abdominis',
    'rectus-abdominis-lower',
    'pyramidalis',
    'quadratus-lumborum-superficial',
    'psoas-major',
    'iliacus',
  ],
  triggerPoints: [
    {
      id: 'internal-oblique.pubic-crest',
      label: 'TrP1',
      location: {
        region: 'suprapubic',
        description: 'along the upper edge of the pubic bone and the inner end of the groin ligament',
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'common' },
        { region: 'bladder', zone: 'essential', culprit: 'occasional' },
        { region: 'suprapubic', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'points along the pubic bone are linked with urinary frequency or difficulty starting to pass urine',
    },
    {
      id: 'internal-oblique.inguinal',
      label: 'TrP2',
      location: {
        region: 'lower-abdomen',
        description: 'just above the outer half of the groin crease, deep to the external oblique',
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'common' },
        { region: 'genital', zone: 'spillover', culprit: 'occasional' },
        { region: 'lower-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator:
        'chapter on the abdominal muscles, oblique and transverse muscles (pain pattern figure p. 942)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the abdominal muscles' },
    { work: 'davies-2013', locator: 'section on the abdominal obliques' },
  ],
});
