import { defineMuscle } from '../define-muscle.ts';

/** Orbicularis oculi: the ring of muscle around the eye; refers down over the nose and may make print seem to jump. */
export const orbicularisOculi = defineMuscle({
  id: 'orbicularis-oculi',
  name: 'Orbicularis oculi',
  aliases: ['orbicularis oculi muscle', 'eyelid muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'orbicularis oculi',
    uberon: 'UBERON:0001578',
    fma: 'FMA:46779',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'closes the eyelids for blinking and squeezing the eye shut',
    'helps move tears toward the inner corner of the eye',
  ],
  restricts: ['eye.opening'],
  painfulOn: ['eye.closing'],
  perpetuatedBy: ['frowning-squinting', 'prolonged-computer-work', 'emotional-stress'],
  symptoms: ['jumpy-print', 'drooping-eyelid', 'headache'],
  entrapments: [],
  palpation: {
    position: 'client supine with the eyes gently closed',
    method: 'flat-or-pincer',
    howToFind:
      'work on the bony rim, not on the eyeball: feel along the upper rim just under the eyebrow and on the outer and lower rim; fibres can also be pinched gently in the upper lid fold',
  },
  treatment: {
    position: 'client supine, eyes closed and relaxed',
    pressure:
      'very light fingertip pressure on the bony rim of the eye socket, or a delicate pincer grip of the upper lid muscle',
    expect: 'a mild ache spreading down beside the nose; the eye may water briefly',
  },
  selfCare: {
    pressure:
      'with the eyes closed, press gently along the bone under the eyebrow and at the outer corner of the eye, 10 to 20 seconds per spot',
    stretch: 'open the eyes wide and look up slowly, then relax; repeat five times',
  },
  cautions: ['eye'],
  related: ['frontalis', 'zygomaticus-major', 'sternocleidomastoid-sternal', 'temporalis'],
  triggerPoints: [
    {
      id: 'orbicularis-oculi.upper',
      label: 'TrP1',
      location: {
        region: 'periorbital',
        description: 'upper part of the muscle, just above the upper eyelid and below the eyebrow',
      },
      referral: [
        { region: 'nose', zone: 'essential', culprit: 'common' },
        { region: 'maxilla', zone: 'spillover', culprit: 'common' },
        { region: 'mouth', zone: 'spillover', culprit: 'occasional' },
        { region: 'eyebrow', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain runs down over the bridge and side of the nose, sometimes to the upper lip',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles (orbicularis oculi)' },
    { work: 'donnelly-2019', locator: 'chapter on the facial muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Facial muscles' },
    {
      work: 'simons-1999',
      locator: 'Part 1 (head and neck) pain guide: eye and eyebrow pain; cheek and jaw pain',
    },
  ],
});
