import { defineMuscle } from '../define-muscle.ts';

/** Anterior deltoid: local pain in the front of the shoulder, felt when raising the arm forward. */
export const deltoidAnterior = defineMuscle({
  id: 'deltoid-anterior',
  name: 'Deltoid, anterior part',
  aliases: ['anterior deltoid', 'front deltoid', 'clavicular deltoid', 'front delt'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'clavicular part of deltoid',
    fma: 'FMA:34677',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['raises the arm forward', 'rotates the arm inward', 'helps bring the arm across the chest'],
  restricts: ['shoulder.extension', 'shoulder.horizontal_abduction', 'shoulder.external_rotation'],
  painfulOn: ['shoulder.flexion', 'shoulder.abduction', 'shoulder.horizontal_adduction'],
  perpetuatedBy: [
    'lifting-heavy',
    'carrying-in-front',
    'overhead-work',
    'push-ups',
    'weight-training',
    'throwing',
    'racquet-sports',
    'skiing',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, arm relaxed at the side or slightly raised and supported',
    method: 'flat-or-pincer',
    howToFind:
      'from the outer third of the collarbone, work down the front of the shoulder, especially along the front edge of the muscle next to the groove it shares with the pectoralis major',
  },
  treatment: {
    position: 'client supine with the arm resting at the side on the table',
    pressure:
      'flat thumb compression against the arm bone or pincer compression of the front edge; stripping strokes downward along the fibres',
    expect: 'a local ache in the front and outer shoulder close to the point pressed',
  },
  selfCare: {
    pressure:
      'press with the fingers of the other hand, or lean the front of the shoulder into a ball on a door frame, 30 to 90 seconds',
    stretch:
      'clasp the hands behind the back and lift them gently, or stand in a doorway with the arm straight behind on the frame and turn away; hold 30 seconds',
  },
  cautions: [],
  related: [
    'deltoid-middle',
    'deltoid-posterior',
    'pectoralis-major-clavicular',
    'biceps-brachii',
    'coracobrachialis',
    'infraspinatus',
    'supraspinatus',
    'scalenus-anterior',
  ],
  triggerPoints: [
    {
      id: 'deltoid-anterior.upper',
      label: 'TrP1',
      location: {
        region: 'anterior-deltoid',
        description:
          'in the upper part of the front of the muscle, close to its front edge a few finger-widths below the collarbone',
      },
      referral: [
        { region: 'anterior-deltoid', zone: 'essential', culprit: 'primary' },
        { region: 'middle-deltoid', zone: 'spillover', culprit: 'common' },
        { region: 'anterior-upper-arm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain stays close to the trigger point and is felt mainly on movement',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 28, Deltoid muscle' },
    { work: 'davies-2013', locator: 'deltoids section' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: front-of-arm pain' },
  ],
});
