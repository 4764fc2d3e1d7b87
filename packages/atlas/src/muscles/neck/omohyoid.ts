import { defineMuscle } from '../define-muscle.ts';

/** Omohyoid: thin two-bellied strap from shoulder blade to hyoid; its lower belly above the collarbone can refer widely over neck, shoulder and jaw. */
export const omohyoid = defineMuscle({
  id: 'omohyoid',
  name: 'Omohyoid',
  aliases: ['omohyoideus', 'omohyoid muscle', 'inferior belly of omohyoid'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'omohyoid',
    uberon: 'UBERON:0001108',
    fma: 'FMA:13342',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the hyoid bone down and back after it has risen in swallowing or speaking',
    'tightens the deep fascia of the lower neck through its middle tendon',
  ],
  restricts: ['cervical.lateral_flexion', 'cervical.extension'],
  painfulOn: ['swallowing'],
  perpetuatedBy: ['vomiting', 'chronic-cough'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position:
      'client supine, head turned slightly toward the side being examined so the sternocleidomastoid softens',
    method: 'flat',
    howToFind:
      'in the hollow above the middle of the collarbone, just behind the sternocleidomastoid, ask for a small swallow or a gentle chin tuck and feel the thin strap of the lower belly tighten as it crosses the hollow toward the shoulder blade; tender spots lie along that strap',
  },
  treatment: {
    position: 'client supine with the head supported and turned a little toward the same side',
    pressure:
      'light, flat fingertip pressure on the strap above the collarbone, never deep into the hollow; ease off at any tingling in the arm or a pulse under the fingers',
    expect:
      'an ache spreading over the side of the neck and the shoulder, at times up along the jaw toward the temple',
  },
  selfCare: {
    pressure:
      'with the opposite hand, rest two fingertips lightly in the hollow above the collarbone and hold gentle pressure for 20 to 30 seconds, stopping at any tingling',
    stretch:
      'sit tall, hold the shoulder down, then tilt the head away and lift the chin slightly; hold 20 to 30 seconds',
  },
  cautions: ['brachial-plexus', 'jugular-vein', 'carotid-artery'],
  related: [
    'scalenus-anterior',
    'scalenus-medius',
    'sternocleidomastoid-clavicular',
    'upper-trapezius',
    'digastric-anterior',
    'platysma',
  ],
  triggerPoints: [
    {
      id: 'omohyoid.inferior-belly',
      label: 'TrP1',
      location: {
        region: 'supraclavicular',
        description:
          'the lower belly where it crosses the hollow above the collarbone, behind the sternocleidomastoid',
      },
      referral: [
        { region: 'supraclavicular', zone: 'essential', culprit: 'occasional' },
        { region: 'lateral-neck', zone: 'essential', culprit: 'occasional' },
        { region: 'shoulder-top', zone: 'spillover', culprit: 'occasional' },
        { region: 'supraspinous', zone: 'spillover', culprit: 'occasional' },
        { region: 'mandible', zone: 'spillover', culprit: 'occasional' },
        { region: 'temple', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'described in a small case series; some patients also felt pain down the arm into the hand, which is not mapped to a region here',
    },
  ],
  sources: [{ work: 'rask-1984', locator: 'abstract and case reports, pp. 12-17' }],
});
