import { defineMuscle } from '../define-muscle.ts';

/** Posterior deltoid: local pain in the back of the shoulder, sometimes a little down the back of the arm. */
export const deltoidPosterior = defineMuscle({
  id: 'deltoid-posterior',
  name: 'Deltoid, posterior part',
  aliases: ['posterior deltoid', 'rear deltoid', 'spinal deltoid', 'rear delt'],
  area: 'shoulder-girdle',
  paired: true,
  identifiers: {
    tableName: 'spinal part of deltoid',
    fma: 'FMA:34679',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: ['takes the arm back', 'rotates the arm outward', 'opens the arm out at shoulder height'],
  restricts: ['shoulder.horizontal_adduction', 'shoulder.flexion', 'shoulder.internal_rotation'],
  painfulOn: ['shoulder.extension', 'shoulder.horizontal_abduction', 'shoulder.external_rotation'],
  perpetuatedBy: [
    'lifting-heavy',
    'rowing',
    'pushing-pulling',
    'weight-training',
    'racquet-sports',
    'reaching-behind',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client prone or side-lying, arm resting by the side',
    method: 'flat-or-pincer',
    howToFind:
      'below the spine of the shoulder blade, work the back of the shoulder down toward the arm, particularly along the back edge of the muscle in its lower half',
  },
  treatment: {
    position:
      'client prone with the arm by the side, or side-lying on the other side with the arm forward on a pillow',
    pressure:
      'flat thumb compression against the arm bone or a pincer grip on the back edge; stripping strokes down the fibres',
    expect: 'an ache in the back of the shoulder that may spread a little down the back of the arm',
  },
  selfCare: {
    pressure: 'lean the back of the shoulder against a ball on a wall, 30 to 90 seconds',
    stretch: 'pull the straight arm across the chest toward the opposite shoulder; hold 30 seconds',
  },
  cautions: [],
  related: [
    'deltoid-middle',
    'deltoid-anterior',
    'teres-minor',
    'teres-major',
    'latissimus-dorsi',
    'triceps-long-head',
    'infraspinatus',
  ],
  triggerPoints: [
    {
      id: 'deltoid-posterior.posterior-border',
      label: 'TrP1',
      location: {
        region: 'posterior-deltoid',
        description: 'along the back edge of the muscle, in its lower half',
      },
      referral: [
        { region: 'posterior-deltoid', zone: 'essential', culprit: 'primary' },
        { region: 'posterior-upper-arm', zone: 'spillover', culprit: 'primary' },
        { region: 'lateral-upper-arm', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 28, Deltoid muscle' },
    { work: 'davies-2013', locator: 'deltoids section' },
    { work: 'simons-1999', locator: 'Part 2 (upper back, shoulder and arm) pain guide: back-of-arm pain' },
  ],
});
