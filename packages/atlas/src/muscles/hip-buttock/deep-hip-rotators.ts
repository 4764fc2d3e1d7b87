import { defineMuscle } from '../define-muscle.ts';

/** The short hip rotators below the piriformis; treated as one group with a piriformis-like pattern. */
export const deepHipRotators = defineMuscle({
  id: 'deep-hip-rotators',
  name: 'Deep hip rotators (gemelli, quadratus femoris, obturator externus)',
  aliases: [
    'short lateral rotators',
    'gemellus superior',
    'gemellus inferior',
    'quadratus femoris',
    'obturator externus',
  ],
  area: 'hip-buttock',
  paired: true,
  actions: ['turn the thigh outward', 'hold the head of the femur snugly in the hip socket'],
  restricts: ['hip.internal_rotation', 'sitting'],
  painfulOn: ['hip.external_rotation', 'sitting'],
  perpetuatedBy: ['prolonged-sitting', 'sitting-cross-legged', 'driving-long', 'running', 'dancing'],
  symptoms: ['painful-sitting', 'tingling'],
  entrapments: [
    'sciatic nerve where it crosses over the gemelli and the obturator internus tendon (proposed)',
  ],
  palpation: {
    position:
      'client lying face down with a pillow under the hips, or on the good side with the top hip bent',
    method: 'flat',
    howToFind:
      'find the sit bone and the back of the greater trochanter; the group fills the gap between them, below the piriformis and deep to the gluteus maximus, and tightens when the client turns the thigh outward',
  },
  treatment: {
    position: 'prone with the knee bent and the foot allowed to fall outward to slacken the group',
    pressure:
      'slow, deep thumb or elbow pressure in the gap, working from the trochanter toward the sit bone',
    expect: 'a deep ache in the lower buttock, sometimes toward the back of the thigh',
  },
  selfCare: {
    pressure:
      'sit on a tennis ball between the sit bone and the back of the hip bone point, 30 to 90 seconds',
    stretch:
      'lying on the back with the knee bent, let the knee drop inward across the body; hold 30 seconds',
  },
  cautions: ['sciatic-nerve'],
  related: [
    'piriformis',
    'obturator-internus',
    'gluteus-maximus',
    'gluteus-minimus-posterior',
    'adductor-magnus',
  ],
  triggerPoints: [
    {
      id: 'deep-hip-rotators.ischiotrochanteric',
      label: 'TrP1',
      location: {
        region: 'lower-buttock',
        description: 'deep in the gap between the sit bone and the greater trochanter, below the piriformis',
      },
      referral: [
        { region: 'mid-buttock', zone: 'essential', culprit: 'occasional' },
        { region: 'lower-buttock', zone: 'essential', culprit: 'occasional' },
        { region: 'lateral-buttock', zone: 'spillover', culprit: 'occasional' },
        { region: 'posterior-thigh', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the references describe this pattern only briefly, as similar to the piriformis',
    },
  ],
  sources: [
    { work: 'travell-simons-1992', locator: 'ch. 10, Piriformis and other short lateral rotators' },
    { work: 'donnelly-2019', locator: 'chapter on the piriformis and other deep hip rotators' },
  ],
});
