import { defineMuscle } from '../define-muscle.ts';

/** External oblique: heartburn-like pain under the breastbone from the rib margin, groin and testicle pain from low points. */
export const externalOblique = defineMuscle({
  id: 'external-oblique',
  name: 'External oblique',
  aliases: ['external abdominal oblique', 'obliquus externus abdominis', 'obliques'],
  area: 'abdomen',
  paired: true,
  identifiers: {
    tableName: 'external oblique',
    uberon: 'UBERON:0005442',
    fma: 'FMA:13335',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the trunk toward the opposite side and bends it to the same side',
    'compresses the abdomen and pulls the ribs down in forced breathing out',
  ],
  restricts: ['trunk.rotation', 'trunk.lateral_flexion', 'trunk.extension', 'breathing.deep_inspiration'],
  painfulOn: ['trunk.rotation', 'trunk.lateral_flexion', 'coughing'],
  perpetuatedBy: [
    'sit-ups',
    'lifting-with-twist',
    'golf',
    'racquet-sports',
    'rowing',
    'shovelling',
    'chronic-cough',
    'emotional-stress',
    'abdominal-surgery',
  ],
  symptoms: ['heartburn', 'nausea', 'bloating'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the knees supported, or on the side for the flank',
    method: 'flat-or-pincer',
    howToFind:
      'press along the lower front ribs and just below the rib margin; lower down, pick up the side of the belly wall between thumb and fingers above the hip bone and follow it to the groin',
  },
  treatment: {
    position: 'supine with the knees bent over a bolster, or side-lying',
    pressure:
      'flat pressure against the ribs over the upper slips; pincer compression of the flank; slow, broad contact in the lower belly',
    expect: 'a local ache, an upper abdominal burning that fades, or pain toward the groin',
  },
  selfCare: {
    pressure:
      'pinch and hold the side of the belly wall, or press along the lower ribs with the fingertips, 30 to 90 seconds',
    stretch:
      'lie face down and press up on the hands, then turn the chest gently to each side; or stand and side-bend away with the arm overhead; hold 30 seconds',
  },
  cautions: ['abdominal-organs', 'hernia', 'recent-surgery'],
  related: [
    'internal-oblique',
    'transversus-abdominis',
    'rectus-abdominis-upper',
    'rectus-abdominis-lower',
    'serratus-anterior',
    'latissimus-dorsi',
    'quadratus-lumborum-superficial',
    'diaphragm',
  ],
  triggerPoints: [
    {
      id: 'external-oblique.costal',
      label: 'TrP1',
      location: {
        region: 'lower-ribs',
        description: 'in the upper slips over the front of the lower ribs and just below the rib margin',
      },
      referral: [
        { region: 'epigastric', zone: 'essential', culprit: 'primary' },
        { region: 'upper-abdomen', zone: 'essential', culprit: 'common' },
        { region: 'lower-ribs', zone: 'spillover', culprit: 'common' },
        { region: 'pectoral', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'heartburn-like pain in the pit of the stomach that can be mistaken for reflux or a hiatal hernia',
    },
    {
      id: 'external-oblique.lower-lateral',
      label: 'TrP2',
      location: {
        region: 'lower-abdomen',
        description:
          'in the lower outer belly wall, just above the groin crease and inside the front hip bone',
      },
      referral: [
        { region: 'groin', zone: 'essential', culprit: 'common' },
        { region: 'genital', zone: 'essential', culprit: 'common' },
        { region: 'lower-abdomen', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'groin pain and, in men, testicle pain',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the abdominal muscles, oblique muscles (pain pattern figure p. 942)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the abdominal muscles' },
    { work: 'davies-2013', locator: 'section on the abdominal obliques' },
    { work: 'finando-2005', locator: 'section on the abdominal obliques' },
    { work: 'simons-1999', locator: 'Part 4 (torso) pain guide: front-of-chest pain' },
  ],
});
