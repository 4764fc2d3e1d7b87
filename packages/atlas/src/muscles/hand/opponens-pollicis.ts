import { defineMuscle } from '../define-muscle.ts';

/** Opponens pollicis: pain on the palm side of the thumb and a spot on the thumb side of the wrist. */
export const opponensPollicis = defineMuscle({
  id: 'opponens-pollicis',
  name: 'Opponens pollicis',
  aliases: ['thumb opposer'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'opponens pollicis',
    fma: 'FMA:37379',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['rotates and draws the thumb across the palm to meet the fingertips'],
  restricts: ['thumb.extension', 'thumb.abduction', 'thumb.opposition'],
  painfulOn: ['thumb.opposition', 'grip'],
  perpetuatedBy: ['writing', 'texting', 'knitting-crafts', 'gardening', 'massage-work', 'playing-instrument'],
  symptoms: ['hand-clumsiness'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand palm up and supported',
    method: 'flat',
    howToFind:
      'press into the outer (thumb-side) part of the ball of the thumb against the shaft of the thumb metacarpal, under the surface muscle; touching thumb to little finger makes it tighten',
  },
  treatment: {
    position: 'client supine, hand palm up, thumb relaxed',
    pressure: 'firm thumb pressure onto the bone along the ball of the thumb, point by point',
    expect: 'pain in the palm side of the thumb and at a spot on the thumb side of the wrist',
  },
  selfCare: {
    pressure:
      'press the ball of the thumb with the other thumb or a pencil eraser against the bone; 30 seconds',
    stretch: 'bend the thumb back and out, away from the palm, with the other hand; hold 30 seconds',
  },
  cautions: [],
  related: [
    'adductor-pollicis',
    'abductor-pollicis-brevis',
    'flexor-pollicis-brevis',
    'flexor-pollicis-longus',
    'flexor-carpi-radialis',
  ],
  triggerPoints: [
    {
      id: 'opponens-pollicis.thenar',
      label: 'TrP1',
      location: {
        region: 'thenar',
        description: 'thumb side of the ball of the thumb, along the shaft of the thumb metacarpal',
      },
      referral: [
        { region: 'thumb', zone: 'essential', culprit: 'common' },
        { region: 'radial-wrist', zone: 'essential', culprit: 'common' },
        { region: 'volar-wrist', zone: 'spillover', culprit: 'primary' },
        { region: 'thenar', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 39, Adductor and opponens pollicis muscles' },
    {
      work: 'simons-1999',
      locator: 'forearm and hand pain guide: base-of-thumb pain, listed after supinator and brachialis',
    },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: thumb muscles' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: volar wrist and palm pain' },
  ],
});
