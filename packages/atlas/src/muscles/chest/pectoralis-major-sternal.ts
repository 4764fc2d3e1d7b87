import { defineMuscle } from '../define-muscle.ts';

/** Sternal part of pectoralis major: chest pain down the inner arm; on the left it can mimic angina. */
export const pectoralisMajorSternal = defineMuscle({
  id: 'pectoralis-major-sternal',
  name: 'Pectoralis major, sternal part',
  aliases: ['sternocostal part of pectoralis major', 'sternal head of pectoralis major', 'middle pec'],
  area: 'chest',
  paired: true,
  identifiers: {
    tableName: 'sternocostal part of pectoralis major',
    fma: 'FMA:34696',
    source: 'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree)',
  },
  actions: [
    'pulls the arm down and across the body and turns it inward',
    'draws the shoulder girdle forward and down, and helps lift the chest when the arm is fixed',
  ],
  restricts: [
    'shoulder.horizontal_abduction',
    'shoulder.abduction',
    'shoulder.external_rotation',
    'shoulder.flexion',
  ],
  painfulOn: ['shoulder.horizontal_adduction', 'shoulder.adduction', 'shoulder.internal_rotation'],
  perpetuatedBy: [
    'rounded-shoulders',
    'prolonged-computer-work',
    'push-ups',
    'weight-training',
    'carrying-in-front',
    'lifting-heavy',
    'immobilisation',
  ],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the arm out to the side about 90 degrees, elbow supported',
    method: 'flat-or-pincer',
    howToFind:
      'press across the fibres between the breastbone and the nipple line; toward the armpit, pick up the thick front fold of the armpit between thumb and fingers and roll it for cord-like bands',
  },
  treatment: {
    position:
      'supine, arm abducted to about 90 degrees and resting on a pillow so the fibres are lengthened but relaxed',
    pressure:
      'flat pressure against the ribs near the breastbone; pincer compression of the armpit fold further out',
    expect:
      'deep chest ache, sometimes running down the inside of the arm toward the ring and little fingers',
  },
  selfCare: {
    pressure:
      'squeeze the front fold of the armpit between thumb and fingers, or lean into a ball on a wall over the mid chest, 30 to 90 seconds',
    stretch:
      'stand in a doorway with the forearm on the frame at shoulder height and step through; raise the arm a little higher to reach the lower fibres; hold 30 seconds',
  },
  cautions: ['cardiac-symptoms', 'breast-tissue', 'axillary-vessels'],
  related: [
    'pectoralis-major-clavicular',
    'pectoralis-major-costal',
    'pectoralis-minor',
    'sternalis',
    'deltoid-anterior',
    'latissimus-dorsi',
    'teres-major',
    'serratus-anterior',
    'rhomboid-major',
    'middle-trapezius',
    'scalenus-anterior',
  ],
  triggerPoints: [
    {
      id: 'pectoralis-major-sternal.intermediate',
      label: 'TrP1',
      location: {
        region: 'pectoral',
        description:
          'in the middle of the sternal fibres, about halfway between the breastbone and the front fold of the armpit',
      },
      referral: [
        { region: 'pectoral', zone: 'essential', culprit: 'primary' },
        { region: 'medial-upper-arm', zone: 'essential', culprit: 'common' },
        { region: 'medial-epicondyle', zone: 'essential', culprit: 'primary' },
        { region: 'anterior-deltoid', zone: 'spillover', culprit: 'common' },
        { region: 'volar-forearm-ulnar', zone: 'spillover', culprit: 'primary' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'on the left side this pattern can look like angina: chest pain needs medical clearance before it is treated as muscular',
    },
    {
      id: 'pectoralis-major-sternal.parasternal',
      label: 'TrP2',
      location: {
        region: 'pectoral',
        description:
          'close to the edge of the breastbone, in the fibres arising from the sternum and upper rib cartilages',
      },
      referral: [
        { region: 'sternum', zone: 'essential', culprit: 'common' },
        { region: 'pectoral', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain stays over the breastbone on the same side and does not cross the midline',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the pectoralis major muscle (pain pattern figures pp. 820-822)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the pectoralis major and subclavius muscles' },
    { work: 'davies-2013', locator: 'section on pectoralis major' },
    { work: 'finando-2005', locator: 'section on pectoralis major' },
    {
      work: 'simons-1999',
      locator: 'Part 2 (upper back, shoulder and arm) pain guide: front-of-shoulder pain',
    },
    {
      work: 'simons-1999',
      locator: 'Part 3 (elbow to finger) pain guide: medial epicondylar pain; volar and ulnar forearm pain',
    },
  ],
});
