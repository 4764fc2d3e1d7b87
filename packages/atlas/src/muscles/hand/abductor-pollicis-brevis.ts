import { defineMuscle } from '../define-muscle.ts';

/** Abductor pollicis brevis: surface muscle of the ball of the thumb; pattern mapped by experimental injection. */
export const abductorPollicisBrevis = defineMuscle({
  id: 'abductor-pollicis-brevis',
  name: 'Abductor pollicis brevis',
  aliases: ['APB', 'short thumb abductor'],
  area: 'hand',
  paired: true,
  identifiers: {
    tableName: 'abductor pollicis brevis muscle',
    uberon: 'UBERON:0008465',
    fma: 'FMA:37373',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['lifts the thumb forward, away from the palm', 'helps turn the thumb toward the fingers'],
  restricts: ['thumb.abduction', 'thumb.opposition'],
  painfulOn: ['thumb.abduction', 'thumb.opposition'],
  perpetuatedBy: ['texting', 'writing', 'knitting-crafts', 'mouse-use', 'massage-work'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client seated or supine, hand palm up',
    method: 'flat-or-pincer',
    howToFind:
      'the most superficial muscle on the outer half of the ball of the thumb; lifting the thumb straight up from the palm makes it firm under a flat finger',
  },
  treatment: {
    position: 'client supine, hand palm up and supported',
    pressure: 'light to moderate thumb pressure, or a gentle pincer along the ball of the thumb',
    expect: 'an ache in the ball of the thumb and the thumb web, sometimes up the thumb side of the forearm',
  },
  selfCare: {
    pressure: 'press the outer ball of the thumb with the other thumb; 30 seconds',
    stretch: 'press the thumb back flat beside the index finger with the other hand; hold 30 seconds',
  },
  cautions: ['median-nerve'],
  related: [
    'opponens-pollicis',
    'flexor-pollicis-brevis',
    'adductor-pollicis',
    'first-dorsal-interosseous-hand',
    'palmaris-longus',
  ],
  triggerPoints: [
    {
      id: 'abductor-pollicis-brevis.radial-pattern',
      label: 'TrP1',
      location: { region: 'thenar', description: 'middle of the outer half of the ball of the thumb' },
      referral: [
        { region: 'thenar', zone: 'essential', culprit: 'occasional' },
        { region: 'thumb-web', zone: 'essential', culprit: 'occasional' },
        { region: 'radial-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'volar-forearm-radial', zone: 'spillover', culprit: 'occasional' },
        { region: 'index-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the more common experimental pattern: ball of the thumb and back of the web, at times up the thumb side of the lower forearm or out along the index finger',
    },
    {
      id: 'abductor-pollicis-brevis.volar-pattern',
      label: 'TrP1 (palmar)',
      location: { region: 'thenar', description: 'same spot in the ball of the thumb' },
      referral: [
        { region: 'thenar', zone: 'essential', culprit: 'occasional' },
        { region: 'volar-wrist', zone: 'spillover', culprit: 'occasional' },
        { region: 'medial-epicondyle', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the less common experimental pattern, up the middle of the front of the wrist and at times to the inner elbow',
    },
  ],
  sources: [{ work: 'kim-2009-abductor-pollicis-brevis', locator: 'Results' }],
});
