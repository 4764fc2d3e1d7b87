import { defineMuscle } from '../define-muscle.ts';

/** Intercostal muscles: local rib pain that catches on a deep breath, cough or twist. */
export const intercostals = defineMuscle({
  id: 'intercostals',
  name: 'Intercostal muscles',
  aliases: ['intercostals', 'external and internal intercostals', 'rib muscles'],
  area: 'chest',
  paired: true,
  identifiers: {
    tableName: 'intercostal muscle',
    uberon: 'UBERON:0001111',
    fma: 'FMA:13354',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'stiffen the rib spaces and move the ribs up or down during breathing',
    'help twist and side-bend the trunk',
  ],
  restricts: ['breathing.deep_inspiration', 'coughing', 'thoracic.rotation', 'trunk.lateral_flexion'],
  painfulOn: ['breathing.deep_inspiration', 'coughing', 'thoracic.rotation'],
  perpetuatedBy: [
    'chronic-cough',
    'paradoxical-breathing',
    'tight-bra-straps',
    'lifting-with-twist',
    'abdominal-surgery',
  ],
  symptoms: ['shortness-of-breath', 'sleep-disturbance'],
  entrapments: [],
  palpation: {
    position:
      'client lying on the opposite side with the top arm raised to open the rib spaces, or on the back for the front of the chest',
    method: 'flat',
    howToFind:
      "follow one rib space at a time with a fingertip, feeling for a tender spot between two ribs that reproduces the client's pain on light pressure",
  },
  treatment: {
    position: 'side-lying with the arm overhead to open the spaces',
    pressure:
      'light fingertip pressure in the rib space, directed along it; use little force and never a poking pressure',
    expect: 'sharp or aching local pain that may spread a little forward along the rib',
  },
  selfCare: {
    pressure: 'gentle fingertip pressure along the sore rib space for 30 to 60 seconds',
    stretch:
      'stand, raise the arm on the sore side overhead and bend away from it while breathing in slowly; hold 30 seconds',
  },
  cautions: ['lungs', 'osteoporosis', 'breast-tissue'],
  related: [
    'serratus-anterior',
    'pectoralis-major-costal',
    'diaphragm',
    'external-oblique',
    'iliocostalis-thoracis',
  ],
  triggerPoints: [
    {
      id: 'intercostals.lateral',
      label: 'TrP1',
      location: {
        region: 'lateral-chest',
        description: 'in a rib space on the side of the chest',
      },
      referral: [
        { region: 'lateral-chest', zone: 'essential', culprit: 'common' },
        { region: 'pectoral', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain stays close to the point and tends to run forward along the rib space rather than back toward the spine',
    },
    {
      id: 'intercostals.anterior',
      label: 'TrP2',
      location: {
        region: 'pectoral',
        description: 'in a rib space on the front of the chest, toward the rib cartilages',
      },
      referral: [
        { region: 'pectoral', zone: 'essential', culprit: 'occasional' },
        { region: 'sternum', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the intercostal muscles and diaphragm (pain pattern figure p. 863)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the intercostal muscles and diaphragm' },
  ],
});
