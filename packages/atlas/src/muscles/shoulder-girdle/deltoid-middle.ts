import { defineMuscle } from '../define-muscle.ts';

/** Middle deltoid: local pain on the outside of the shoulder when lifting the arm out to the side. */
export const deltoidMiddle = defineMuscle({
  id: 'deltoid-middle',
  name: 'Deltoid, middle part',
  aliases: ['middle deltoid', 'lateral deltoid', 'acromial deltoid', 'side delt'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'acromial part of deltoid',
    fma: 'FMA:34678',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['lifts the arm out to the side', 'steadies the arm while it holds a load away from the body'],
  restricts: ['shoulder.adduction', 'shoulder.abduction'],
  painfulOn: ['shoulder.abduction'],
  perpetuatedBy: [
    'lifting-heavy',
    'overhead-work',
    'weight-training',
    'carrying-shoulder-bag',
    'racquet-sports',
    'hairdressing',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, arm slightly raised and supported so the muscle is relaxed',
    method: 'flat',
    howToFind:
      'press the thick outer part of the shoulder below the acromion against the arm bone, feeling for bands that run vertically',
  },
  treatment: {
    position: 'client supine or side-lying on the other side with the arm resting on a pillow',
    pressure:
      'flat thumb or knuckle compression against the arm bone, then downward stripping along the fibres',
    expect: 'a local ache on the outside of the shoulder, sometimes a little way down the outer arm',
  },
  selfCare: {
    pressure:
      'press with the fingers of the other hand or lean the outer shoulder into a ball on a wall, 30 to 90 seconds',
    stretch:
      'bring the arm across the body behind the back, holding the wrist with the other hand, and tilt the head away; hold 30 seconds',
  },
  cautions: [],
  related: ['deltoid-anterior', 'deltoid-posterior', 'supraspinatus', 'infraspinatus'],
  triggerPoints: [
    {
      id: 'deltoid-middle.central',
      label: 'TrP1',
      location: {
        region: 'middle-deltoid',
        description: 'in the thick middle of the outer part of the muscle, a hand-width below the acromion',
      },
      referral: [
        { region: 'middle-deltoid', zone: 'essential', culprit: 'primary' },
        { region: 'lateral-upper-arm', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain stays close to the trigger point',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 28, Deltoid muscle' },
    { work: 'davies-2013', locator: 'deltoids section' },
  ],
});
