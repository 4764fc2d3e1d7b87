import { defineMuscle } from '../define-muscle.ts';

/** Flexor pollicis longus: pain along the palm side of the thumb, out to the tip. */
export const flexorPollicisLongus = defineMuscle({
  id: 'flexor-pollicis-longus',
  name: 'Flexor pollicis longus',
  aliases: ['FPL', 'long thumb flexor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'flexor pollicis longus muscle',
    uberon: 'UBERON:0008446',
    fma: 'FMA:38481',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['bends the end joint of the thumb', 'helps bend the rest of the thumb in pinch and grip'],
  restricts: ['thumb.extension', 'grip'],
  painfulOn: ['grip', 'thumb.opposition'],
  perpetuatedBy: ['writing', 'texting', 'knitting-crafts', 'gardening', 'massage-work', 'hand-tools'],
  symptoms: ['hand-clumsiness', 'trigger-finger'],
  entrapments: [],
  palpation: {
    position: 'client supine, forearm palm up and supported',
    method: 'flat',
    howToFind:
      'in the lower half of the front of the forearm on the thumb side, press deep onto the radius beside the radial wrist flexor tendon while the client bends the thumb tip',
  },
  treatment: {
    position: 'client supine, forearm palm up, thumb relaxed',
    pressure: 'slow, deep flat pressure onto the radius, moved off any pulse',
    expect: 'pain along the palm side of the thumb, sometimes felt beyond the tip',
  },
  selfCare: {
    pressure: 'press deep on the thumb side of the lower front forearm with the other thumb; 30 seconds',
    stretch:
      'straighten the thumb tip and bend the thumb and wrist back with the other hand; hold 30 seconds',
  },
  cautions: ['wrist-arteries', 'median-nerve'],
  related: [
    'flexor-digitorum-profundus',
    'flexor-carpi-radialis',
    'pronator-quadratus',
    'opponens-pollicis',
    'adductor-pollicis',
  ],
  triggerPoints: [
    {
      id: 'flexor-pollicis-longus.lower-forearm',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-radial',
        description: 'deep on the front of the radius in the lower half of the forearm, thumb side',
      },
      referral: [{ region: 'thumb', zone: 'essential', culprit: 'common' }],
      laterality: 'ipsilateral',
      note: 'the pain may feel as if it shoots out past the thumb tip',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 38, Hand and finger flexors in the forearm' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: finger flexors' },
  ],
});
