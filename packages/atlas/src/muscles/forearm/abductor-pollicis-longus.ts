import { defineMuscle } from '../define-muscle.ts';

/** Abductor pollicis longus: pain at the thumb side of the wrist that can mimic de Quervain tenosynovitis. */
export const abductorPollicisLongus = defineMuscle({
  id: 'abductor-pollicis-longus',
  name: 'Abductor pollicis longus',
  aliases: ['APL', 'long thumb abductor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'abductor pollicis longus',
    uberon: 'UBERON:0001527',
    fma: 'FMA:38515',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'moves the thumb away from the palm and back at its base joint',
    'helps bend the wrist toward the thumb',
  ],
  restricts: ['thumb.abduction', 'wrist.ulnar_deviation'],
  painfulOn: ['thumb.abduction', 'thumb.extension', 'wrist.radial_deviation'],
  perpetuatedBy: ['texting', 'carrying-child', 'writing', 'knitting-crafts', 'hand-tools', 'gardening'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, forearm resting thumb-up',
    method: 'flat',
    howToFind:
      'on the thumb side of the lower back of the forearm, where a slim muscle band crosses obliquely over the radius a hand width above the wrist; moving the thumb out and back makes it slide under the fingers',
  },
  treatment: {
    position: 'client supine, forearm thumb-up on a pillow',
    pressure: 'light to moderate flat pressure onto the band where it crosses the radius',
    expect: 'aching at the thumb side of the wrist; occasionally a finger ache',
  },
  selfCare: {
    pressure: 'press the band above the wrist with the other thumb; 30 seconds',
    stretch:
      'tuck the thumb into the palm, close the fingers over it and bend the wrist gently toward the little finger; hold 20 to 30 seconds without forcing',
  },
  cautions: ['radial-nerve'],
  related: ['extensor-carpi-radialis-brevis', 'brachioradialis', 'opponens-pollicis', 'adductor-pollicis'],
  triggerPoints: [
    {
      id: 'abductor-pollicis-longus.lower-forearm',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-radial',
        description: 'lower half of the forearm on the thumb side, where the muscle crosses over the radius',
      },
      referral: [
        { region: 'radial-wrist', zone: 'essential', culprit: 'occasional' },
        { region: 'thumb', zone: 'spillover', culprit: 'occasional' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'occasional' },
        { region: 'middle-finger', zone: 'spillover', culprit: 'occasional' },
        { region: 'ring-finger', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pattern from experimental saline injection; the finger spread on the back of the middle and ring fingers was the less common variant',
    },
  ],
  sources: [{ work: 'hwang-2005-abductor-pollicis-longus', locator: 'Results and conclusion' }],
});
