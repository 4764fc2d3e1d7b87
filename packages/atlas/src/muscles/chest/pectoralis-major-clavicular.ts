import { defineMuscle } from '../define-muscle.ts';

/** Clavicular part of pectoralis major: a common source of pain at the front of the shoulder. */
export const pectoralisMajorClavicular = defineMuscle({
  id: 'pectoralis-major-clavicular',
  name: 'Pectoralis major, clavicular part',
  aliases: ['clavicular head of pectoralis major', 'upper pectoralis major', 'upper pec'],
  area: 'chest',
  paired: true,
  identifiers: {
    tableName: 'clavicular part of pectoralis major',
    fma: 'FMA:34687',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['raises the arm forward and swings it across the chest', 'helps turn the upper arm inward'],
  restricts: ['shoulder.horizontal_abduction', 'shoulder.extension', 'shoulder.external_rotation'],
  painfulOn: ['shoulder.flexion', 'shoulder.horizontal_adduction', 'shoulder.internal_rotation'],
  perpetuatedBy: [
    'rounded-shoulders',
    'prolonged-computer-work',
    'push-ups',
    'weight-training',
    'carrying-in-front',
    'immobilisation',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back, arm resting a little away from the side with the elbow supported',
    method: 'flat-or-pincer',
    howToFind:
      'work just under the inner half of the collarbone and follow the fibres out toward the front of the shoulder; near the shoulder the edge can be lifted between thumb and fingers',
  },
  treatment: {
    position:
      'supine, arm out to the side at about 45 degrees and slightly turned out so the fibres are on gentle stretch',
    pressure:
      'flat thumb or finger pressure along the fibres below the collarbone, or a pincer hold near the armpit fold',
    expect: 'an ache spreading into the front of the shoulder, easing as the hold is kept',
  },
  selfCare: {
    pressure:
      'press a ball against a wall just below the collarbone, or press with the fingertips of the other hand, 30 to 90 seconds',
    stretch:
      'stand in a doorway with the forearm on the frame below shoulder height and step through until the upper chest stretches; hold 30 seconds',
  },
  cautions: ['cardiac-symptoms', 'brachial-plexus'],
  related: [
    'pectoralis-major-sternal',
    'deltoid-anterior',
    'coracobrachialis',
    'biceps-brachii',
    'pectoralis-minor',
    'subclavius',
    'infraspinatus',
  ],
  triggerPoints: [
    {
      id: 'pectoralis-major-clavicular.infraclavicular',
      label: 'TrP1',
      location: {
        region: 'infraclavicular',
        description:
          'in the clavicular fibres a few finger widths below the middle of the collarbone, toward the shoulder',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'common' },
        { region: 'infraclavicular', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain is felt over the front of the deltoid and over the clavicular fibres themselves',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the pectoralis major muscle (pain pattern figures pp. 820-822)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the pectoralis major and subclavius muscles' },
    { work: 'davies-2013', locator: 'section on pectoralis major' },
  ],
});
