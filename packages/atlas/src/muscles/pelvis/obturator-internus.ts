import { defineMuscle } from '../define-muscle.ts';

/** Obturator internus: lines the side wall of the pelvis and turns the thigh out; refers to the anal region. */
export const obturatorInternus = defineMuscle({
  id: 'obturator-internus',
  name: 'Obturator internus',
  aliases: ['internal obturator'],
  area: 'pelvis',
  paired: true,
  identifiers: {
    tableName: 'obturator internus',
    uberon: 'UBERON:0011048',
    fma: 'FMA:22298',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'turns the thigh outward when the hip is straight and moves it out to the side when the hip is bent',
    'holds the head of the femur snugly in the hip socket',
  ],
  restricts: ['hip.internal_rotation', 'sitting'],
  painfulOn: ['hip.external_rotation', 'sitting'],
  perpetuatedBy: ['prolonged-sitting', 'prolonged-pelvic-tension', 'running', 'horse-riding', 'whiplash'],
  symptoms: ['painful-sitting', 'painful-bowel-movement', 'painful-intercourse'],
  entrapments: ['pudendal nerve in the canal formed by the fascia of this muscle (pudendal or Alcock canal)'],
  palpation: {
    position: 'client lying on the side, top hip and knee bent and supported',
    method: 'internal',
    howToFind:
      'from outside, press upward and outward into the soft hollow just inside the sit bone; from inside, it is the firm side wall of the pelvis above the sit bone, and it tightens when the client presses the knee outward against your hand',
  },
  treatment: {
    position:
      'side-lying; internal work only by a licensed, pelvic-trained practitioner with written consent',
    pressure:
      'slow, sustained pressure upward against the muscle from the hollow inside the sit bone, light at first',
    expect: 'a deep ache or fullness in the rectum or tailbone area, sometimes at the back of the thigh',
  },
  selfCare: {
    pressure: 'sit on a soft ball placed just inside the sit bone and lean gently onto it for 1 to 2 minutes',
    stretch:
      'lying on the back with the knee bent, let the knee fall inward across the body while the pelvis stays flat; hold 30 seconds',
  },
  cautions: ['internal-work', 'pudendal-nerve', 'sciatic-nerve'],
  related: ['levator-ani', 'coccygeus', 'piriformis', 'deep-hip-rotators', 'gluteus-maximus'],
  triggerPoints: [
    {
      id: 'obturator-internus.intrapelvic',
      label: 'TrP1',
      location: {
        region: 'perineum',
        description: 'inside the pelvis on its side wall, above and inside the sit bone',
      },
      referral: [
        { region: 'rectal', zone: 'essential', culprit: 'primary' },
        { region: 'coccyx', zone: 'essential', culprit: 'primary' },
        { region: 'genital', zone: 'spillover', culprit: 'common' },
        { region: 'posterior-thigh', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'often described as a fullness in the rectum',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 6, Pelvic floor muscles' },
    { work: 'travell-simons-1992', locator: 'ch. 10, Piriformis and other short lateral rotators' },
    { work: 'donnelly-2019', locator: 'chapter on the pelvic floor muscles' },
    { work: 'travell-simons-1992', locator: 'Part 2 (hip, thigh and knee) pain guide: back-of-thigh pain' },
    { work: 'travell-simons-1992', locator: 'Part 1 (lower torso) pain guide: pelvic pain' },
  ],
});
