import { defineMuscle } from '../define-muscle.ts';

/** Temporalis: the fan-shaped jaw closer at the side of the head; a leading cause of temple headache and upper tooth pain. */
export const temporalis = defineMuscle({
  id: 'temporalis',
  name: 'Temporalis',
  aliases: ['temporal muscle', 'temporalis muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'temporalis muscle',
    uberon: 'UBERON:0001598',
    fma: 'FMA:49006',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'closes the jaw and holds the teeth together',
    'its back fibres pull the lower jaw backward; one side helps shift the jaw toward that side',
  ],
  restricts: ['jaw.opening', 'jaw.lateral_deviation'],
  painfulOn: ['jaw.closing'],
  perpetuatedBy: [
    'teeth-clenching',
    'bruxism',
    'chewing-gum',
    'hard-chewy-food',
    'forward-head-posture',
    'emotional-stress',
    'cold-draught',
    'ill-fitting-dental-appliance',
    'dental-work',
  ],
  symptoms: ['headache', 'tooth-sensitivity', 'restricted-mouth-opening'],
  entrapments: [],
  palpation: {
    position: 'client lying on the back, jaw relaxed and slightly open so the fibres are on mild stretch',
    method: 'flat',
    howToFind:
      'ask the client to clench gently and feel the muscle bulge above the cheekbone; then relax and search with flat fingertips in strips from the front edge behind the eyebrow back to above the ear, about a finger width above the cheekbone',
  },
  treatment: {
    position:
      'client supine, head turned slightly away, a small prop between the front teeth if opening is limited',
    pressure:
      'moderate flat fingertip pressure held on each tender spot, or slow strokes from above the cheekbone up toward the top of the ear',
    expect:
      'a dull ache spreading to the temple, over the eyebrow or into the upper teeth; the teeth may feel briefly sensitive afterwards',
  },
  selfCare: {
    pressure:
      'press with two fingertips or a soft ball on the temple while the jaw hangs loose, 30 to 60 seconds per spot',
    stretch:
      'let the jaw drop open as far as is comfortable, place the fingertips on the lower front teeth and add a gentle downward pull; hold 20 to 30 seconds with slow breathing',
  },
  cautions: ['facial-nerve'],
  related: [
    'masseter-superficial',
    'masseter-deep',
    'lateral-pterygoid',
    'medial-pterygoid',
    'upper-trapezius',
    'sternocleidomastoid-sternal',
    'frontalis',
  ],
  triggerPoints: [
    {
      id: 'temporalis.anterior',
      label: 'TrP1',
      location: {
        region: 'temple',
        description:
          'front fibres, just above the cheekbone and a finger width behind the outer edge of the eye socket',
      },
      referral: [
        { region: 'temple', zone: 'essential', culprit: 'primary' },
        { region: 'eyebrow', zone: 'essential', culprit: 'primary' },
        { region: 'upper-incisors', zone: 'essential', culprit: 'primary' },
        { region: 'eye', zone: 'spillover', culprit: 'primary' },
        { region: 'forehead', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain runs forward along the brow ridge and down into the front upper teeth',
    },
    {
      id: 'temporalis.middle-front',
      label: 'TrP2',
      location: {
        region: 'temple',
        description: 'middle fibres, above the cheekbone roughly in line with the front of the ear',
      },
      referral: [
        { region: 'temple', zone: 'essential', culprit: 'primary' },
        { region: 'upper-premolars', zone: 'essential', culprit: 'primary' },
        { region: 'parietal', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'fingers of pain spread up over the middle of the temple; the upper premolars may feel sensitive',
    },
    {
      id: 'temporalis.middle-back',
      label: 'TrP3',
      location: {
        region: 'temple',
        description: 'middle fibres, a little further back, just above and in front of the top of the ear',
      },
      referral: [
        { region: 'temple', zone: 'essential', culprit: 'primary' },
        { region: 'upper-molars', zone: 'essential', culprit: 'primary' },
        { region: 'parietal', zone: 'spillover', culprit: 'occasional' },
        { region: 'tmj', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'the upper back teeth may become sensitive to hot, cold and biting',
    },
    {
      id: 'temporalis.posterior',
      label: 'TrP4',
      location: {
        region: 'temple',
        description: 'back fibres, above and slightly behind the ear',
      },
      referral: [
        { region: 'temple', zone: 'essential', culprit: 'common' },
        { region: 'parietal', zone: 'essential', culprit: 'occasional' },
        { region: 'occiput', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'pain spreads backward and upward above the ear; does not reach the teeth',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 9, Temporalis muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the temporalis muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Temporalis' },
    {
      work: 'simons-1999',
      locator: 'Part 1 (head and neck) pain guide: back-of-head pain; eye and eyebrow pain',
    },
  ],
});
