import { defineMuscle } from '../define-muscle.ts';

/** Extensor digiti minimi: the little finger's own extensor, next to the common finger extensor. */
export const extensorDigitiMinimi = defineMuscle({
  id: 'extensor-digiti-minimi',
  name: 'Extensor digiti minimi',
  aliases: ['extensor digiti quinti', 'EDM', 'little finger extensor'],
  area: 'forearm',
  paired: true,
  identifiers: {
    tableName: 'extensor digiti minimi',
    uberon: 'UBERON:0007614',
    fma: 'FMA:38503',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: ['straightens the little finger', 'helps bend the wrist back toward the little-finger side'],
  restricts: ['finger.flexion', 'wrist.flexion'],
  painfulOn: ['finger.extension'],
  perpetuatedBy: ['typing', 'playing-instrument', 'mouse-use', 'knitting-crafts'],
  symptoms: ['stiff-fingers'],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, forearm palm down and supported',
    method: 'flat',
    howToFind:
      'in the upper third of the back of the forearm, in the narrow strip between the common finger extensor and the ulnar wrist extensor; lifting the little finger alone makes the strip tighten',
  },
  treatment: {
    position: 'client supine, forearm palm down, little finger relaxed',
    pressure: 'light flat pressure on the narrow belly, then short strokes toward the wrist',
    expect: 'aching over the back of the hand toward the little finger',
  },
  selfCare: {
    pressure: 'press the strip with the other thumb while lifting the little finger to locate it; 30 seconds',
    stretch:
      'elbow straight and palm down, bend the little finger into the palm and then bend the wrist down; hold 30 seconds',
  },
  cautions: ['radial-nerve'],
  related: [
    'extensor-digitorum',
    'extensor-carpi-ulnaris',
    'abductor-digiti-minimi-hand',
    'dorsal-interossei-hand',
  ],
  triggerPoints: [
    {
      id: 'extensor-digiti-minimi.upper-belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-ulnar',
        description:
          'upper third of the back of the forearm, between the common finger extensor and the ulnar wrist extensor',
      },
      referral: [
        { region: 'little-finger', zone: 'essential', culprit: 'common' },
        { region: 'dorsal-hand', zone: 'spillover', culprit: 'occasional' },
        { region: 'lateral-epicondyle', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'charted together with the little-finger slip of the common finger extensor',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 35, Extensor digitorum and extensor indicis muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the finger extensor muscles' },
    { work: 'simons-1999', locator: 'Part 3 (elbow to finger) pain guide: lateral epicondylar pain' },
  ],
});
