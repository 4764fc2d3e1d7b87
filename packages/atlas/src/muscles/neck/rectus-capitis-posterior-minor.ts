import { defineMuscle } from '../define-muscle.ts';

/** Rectus capitis posterior minor: the small deep muscle beside the midline just under the skull; refers a deep headache forward to the eye. */
export const rectusCapitisPosteriorMinor = defineMuscle({
  id: 'rectus-capitis-posterior-minor',
  name: 'Rectus capitis posterior minor',
  aliases: ['RCPMin', 'rectus capitis posterior minor muscle', 'suboccipital muscles'],
  area: 'neck',
  paired: true,
  identifiers: {
    tableName: 'rectus capitis posterior minor',
    uberon: 'UBERON:0008455',
    fma: 'FMA:32526',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | wspr/BodyParts3D-Matlab:isa_element_parts.txt@dbd332b (BodyParts3D 4.0 is-a tree) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'tips the head back on the first vertebra',
    'has fibrous links to the covering of the spinal cord and may steady it during movement',
  ],
  restricts: ['cervical.flexion'],
  painfulOn: ['cervical.extension'],
  perpetuatedBy: [
    'forward-head-posture',
    'prolonged-computer-work',
    'looking-down-at-phone',
    'reading-in-bed',
    'painting-ceilings',
    'poor-pillow',
    'frowning-squinting',
    'whiplash',
    'cold-draught',
    'emotional-stress',
  ],
  symptoms: ['headache'],
  entrapments: [],
  palpation: {
    position: 'client supine with the head resting in the therapist’s hands and the neck fully relaxed',
    method: 'flat',
    howToFind:
      'find the hollow in the midline just under the skull; the muscle lies deep on either side of the midline right next to it, under the thicker muscles',
  },
  treatment: {
    position: 'client supine, fingertips curled under the base of the skull so the head rests on them',
    pressure:
      'let the weight of the head sink slowly onto the fingertips; add gentle upward traction toward the skull rather than pushing hard',
    expect:
      'a deep, hard-to-place headache from the back of the head through to the eye and forehead, easing as the tissues soften',
  },
  selfCare: {
    pressure:
      'lie on the back with two balls in a sock or a small roll under the base of the skull, 60 to 90 seconds with the jaw relaxed',
    stretch:
      'nod the chin down gently as if saying yes, keeping the neck long, then let the hands add light weight on the back of the head; hold 30 seconds',
  },
  cautions: ['vertebral-artery'],
  related: [
    'rectus-capitis-posterior-major',
    'obliquus-capitis-superior',
    'obliquus-capitis-inferior',
    'semispinalis-capitis',
    'upper-trapezius',
  ],
  triggerPoints: [
    {
      id: 'rectus-capitis-posterior-minor.central',
      label: 'TrP1',
      location: {
        region: 'suboccipital',
        description: 'deep just under the skull beside the midline, above the first neck vertebra',
      },
      referral: [
        { region: 'suboccipital', zone: 'essential', culprit: 'primary' },
        { region: 'occiput', zone: 'essential', culprit: 'common' },
        { region: 'temple', zone: 'essential', culprit: 'common' },
        { region: 'eye', zone: 'essential', culprit: 'common' },
        { region: 'forehead', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'shares the suboccipital pattern; the pain is hard to pin down and feels deep inside the head',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 17, Suboccipital muscles' },
    { work: 'donnelly-2019', locator: 'chapter on the suboccipital muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Suboccipitals' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: back-of-head pain' },
  ],
});
