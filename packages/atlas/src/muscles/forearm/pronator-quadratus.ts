import { defineMuscle } from '../define-muscle.ts';

/** Pronator quadratus: a deep muscle above the wrist whose pattern was mapped by experimental injection. */
export const pronatorQuadratus = defineMuscle({
  id: 'pronator-quadratus',
  name: 'Pronator quadratus',
  aliases: ['square pronator'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'pronator quadratus',
    fma: 'FMA:38453',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['turns the palm down', 'binds the lower ends of the radius and ulna together'],
  restricts: ['forearm.supination'],
  painfulOn: ['forearm.pronation'],
  perpetuatedBy: ['hand-tools', 'typing', 'mouse-use', 'immobilisation'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine, forearm palm up and supported',
    method: 'flat',
    howToFind:
      'just above the wrist crease the muscle lies under the flexor tendons across both bones; reach it at the borders, pressing in beside the ulnar wrist flexor tendon toward the ulna and beside the radial pulse toward the radius',
  },
  treatment: {
    position: 'client supine, forearm palm up, wrist slightly bent to slacken the tendons',
    pressure: 'gentle, slow pressure at the borders only, never on a pulse',
    expect: 'an ache along the inner forearm, sometimes toward the little, middle or ring finger',
  },
  selfCare: {
    pressure: 'press just above the wrist at the little-finger edge with the other thumb; 20 to 30 seconds',
    stretch:
      'with the elbow bent at the side, turn the palm up fully and let the other hand turn it a little further; hold 30 seconds',
  },
  cautions: ['wrist-arteries', 'median-nerve', 'ulnar-nerve'],
  related: ['pronator-teres', 'flexor-pollicis-longus', 'flexor-digitorum-profundus', 'flexor-carpi-ulnaris'],
  triggerPoints: [
    {
      id: 'pronator-quadratus.medial-pattern',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-ulnar',
        description: 'deep in the lowest quarter of the front of the forearm, just above the wrist crease',
      },
      referral: [
        { region: 'volar-forearm-ulnar', zone: 'essential', culprit: 'occasional' },
        { region: 'ulnar-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'hypothenar', zone: 'spillover', culprit: 'occasional' },
        { region: 'medial-epicondyle', zone: 'spillover', culprit: 'occasional' },
        { region: 'little-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the more common experimental pattern: a band along the inner forearm, in some people reaching the inner elbow and the little finger',
    },
    {
      id: 'pronator-quadratus.finger-pattern',
      label: 'TrP1 (finger)',
      location: {
        region: 'volar-forearm-ulnar',
        description: 'same deep spot above the wrist crease',
      },
      referral: [
        { region: 'middle-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'essential', culprit: 'occasional' },
        { region: 'volar-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'palm', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the less common experimental pattern, spreading down into the middle and ring fingers',
    },
  ],
  sources: [{ work: 'hwang-2005-pronator-quadratus', locator: 'Results' }],
});
