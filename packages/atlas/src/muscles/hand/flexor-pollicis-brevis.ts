import { defineMuscle } from '../define-muscle.ts';

/** Flexor pollicis brevis: inner part of the ball of the thumb, worked together with opponens pollicis. */
export const flexorPollicisBrevis = defineMuscle({
  id: 'flexor-pollicis-brevis',
  name: 'Flexor pollicis brevis',
  aliases: ['FPB', 'short thumb flexor'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'flexor pollicis brevis',
    uberon: 'UBERON:0011012',
    fma: 'FMA:37378',
    source:
      'wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the thumb at its knuckle', 'helps bring the thumb across the palm'],
  restricts: ['thumb.extension', 'thumb.opposition'],
  painfulOn: ['thumb.opposition', 'grip'],
  perpetuatedBy: ['writing', 'texting', 'knitting-crafts', 'gardening', 'massage-work'],
  symptoms: ['hand-clumsiness'],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand palm up',
    method: 'flat',
    howToFind:
      'the inner half of the ball of the thumb, next to the palm crease, between the opponens and the adductor; bending the thumb at its knuckle makes it firm',
  },
  treatment: {
    position: 'client supine, hand palm up, thumb relaxed',
    pressure:
      'thumb pressure toward the thumb metacarpal, working along the inner half of the ball of the thumb',
    expect: 'aching in the palm side of the thumb and the ball of the thumb',
  },
  selfCare: {
    pressure: 'press the inner ball of the thumb with the other thumb; 30 seconds',
    stretch: 'straighten the thumb and bend it back and out with the other hand; hold 30 seconds',
  },
  cautions: ['median-nerve'],
  related: ['opponens-pollicis', 'abductor-pollicis-brevis', 'adductor-pollicis', 'flexor-pollicis-longus'],
  triggerPoints: [
    {
      id: 'flexor-pollicis-brevis.thenar',
      label: 'TrP1',
      location: {
        region: 'thenar',
        description: 'inner half of the ball of the thumb, near the thumb crease',
      },
      referral: [
        { region: 'thumb', zone: 'essential', culprit: 'occasional' },
        { region: 'thenar', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'no separately charted pattern in the reference; mapped like the neighbouring opponens pollicis, so confirm by the client recognising the pain',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 39, Adductor and opponens pollicis muscles (other thenar muscles)' },
  ],
});
