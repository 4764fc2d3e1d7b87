import { defineMuscle } from '../define-muscle.ts';

/** Pectoralis minor: front-of-shoulder and chest pain, and a tunnel for the arm's nerves and vessels. */
export const pectoralisMinor = defineMuscle({
  id: 'pectoralis-minor',
  name: 'Pectoralis minor',
  aliases: ['pec minor', 'lesser pectoral muscle'],
  area: 'chest',
  paired: true,
  identifiers: {
    tableName: 'pectoralis minor',
    uberon: 'UBERON:0001100',
    fma: 'FMA:13109',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'tips the shoulder blade forward and down, pulling the point of the shoulder toward the chest',
    'lifts the third to fifth ribs in forced breathing when the shoulder blade is held still',
  ],
  restricts: [
    'scapula.retraction',
    'scapula.upward_rotation',
    'shoulder.flexion',
    'shoulder.horizontal_abduction',
  ],
  painfulOn: ['scapula.protraction', 'scapula.depression', 'breathing.deep_inspiration'],
  perpetuatedBy: [
    'rounded-shoulders',
    'prolonged-computer-work',
    'paradoxical-breathing',
    'chronic-cough',
    'heavy-backpack',
    'crutch-use',
    'push-ups',
    'carrying-in-front',
    'gardening',
  ],
  symptoms: ['tingling', 'numbness', 'arm-heaviness'],
  entrapments: [
    'axillary artery and vein and the cords of the brachial plexus where they pass under the muscle near the coracoid',
  ],
  palpation: {
    position:
      'client lying on the back, arm a little away from the side with the hand resting on the belly to slacken pectoralis major',
    method: 'flat-or-pincer',
    howToFind:
      'slide the fingers under the outer edge of pectoralis major from the armpit and press against the ribs; or feel through pectoralis major just below the coracoid, one finger width down and in from it',
  },
  treatment: {
    position: 'supine, shoulder slightly lifted off the table on a small pillow, arm relaxed by the side',
    pressure:
      'fingertips under the edge of pectoralis major pressing toward the ribs, or flat pressure through pectoralis major below the coracoid; hold where the band is tender',
    expect:
      'ache at the front of the shoulder and chest, sometimes running down the inside of the arm to the last three fingers',
  },
  selfCare: {
    pressure:
      'press with the fingertips of the other hand just below the front of the shoulder, or lean into a ball on a door frame, 30 to 90 seconds',
    stretch:
      'lie on the back with a rolled towel along the spine and let the shoulders sink back; or press the shoulder up and back in a doorway with the arm raised high; hold 30 seconds',
  },
  cautions: ['axillary-vessels', 'brachial-plexus', 'breast-tissue', 'cardiac-symptoms'],
  related: [
    'pectoralis-major-clavicular',
    'pectoralis-major-sternal',
    'pectoralis-major-costal',
    'serratus-anterior',
    'scalenus-anterior',
    'scalenus-medius',
    'deltoid-anterior',
    'coracobrachialis',
    'biceps-brachii',
    'middle-trapezius',
    'lower-trapezius',
    'rhomboid-major',
  ],
  triggerPoints: [
    {
      id: 'pectoralis-minor.upper',
      label: 'TrP1',
      location: {
        region: 'infraclavicular',
        description: 'near the upper attachment, just below and inside the coracoid, under pectoralis major',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'pectoral', zone: 'essential', culprit: 'primary' },
        { region: 'infraclavicular', zone: 'spillover', culprit: 'common' },
        { region: 'medial-upper-arm', zone: 'spillover', culprit: 'occasional' },
        { region: 'medial-epicondyle', zone: 'spillover', culprit: 'primary' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'middle-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
    {
      id: 'pectoralis-minor.lower',
      label: 'TrP2',
      location: {
        region: 'pectoral',
        description:
          'near the lower attachments on the third to fifth ribs, under the outer part of pectoralis major',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'pectoral', zone: 'essential', culprit: 'primary' },
        { region: 'medial-upper-arm', zone: 'spillover', culprit: 'occasional' },
        { region: 'medial-epicondyle', zone: 'spillover', culprit: 'primary' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'middle-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the pattern resembles that of the sternal pectoralis major; on the left it can also be mistaken for heart pain',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'chapter on the pectoralis minor muscle (pain pattern figure p. 845)' },
    { work: 'donnelly-2019', locator: 'chapter on the pectoralis minor muscle' },
    { work: 'davies-2013', locator: 'section on pectoralis minor' },
    { work: 'finando-2005', locator: 'section on pectoralis minor' },
    {
      work: 'simons-1999',
      locator: 'Part 3 (elbow to finger) pain guide: medial epicondylar pain; volar and ulnar forearm pain',
    },
    { work: 'simons-1999', locator: 'Part 4 (torso) pain guide: front-of-chest pain' },
  ],
});
