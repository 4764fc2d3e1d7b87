import { defineMuscle } from '../define-muscle.ts';

/** Superficial masseter: the thick outer layer of the main chewing muscle; refers into the teeth, maxilla and over the eyebrow. */
export const masseterSuperficial = defineMuscle({
  id: 'masseter-superficial',
  name: 'Masseter, superficial layer',
  aliases: ['superficial masseter', 'masseter', 'jaw muscle', 'chewing muscle'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'superficial part of masseter muscle',
    uberon: 'UBERON:0011140',
    fma: 'FMA:49000',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'closes the jaw with great force for biting and chewing',
    'helps push the lower jaw slightly forward',
  ],
  restricts: ['jaw.opening'],
  painfulOn: ['jaw.closing'],
  perpetuatedBy: [
    'teeth-clenching',
    'bruxism',
    'chewing-gum',
    'hard-chewy-food',
    'nail-biting',
    'forward-head-posture',
    'mouth-breathing',
    'emotional-stress',
    'dental-work',
    'ill-fitting-dental-appliance',
  ],
  symptoms: ['restricted-mouth-opening', 'tooth-sensitivity', 'headache'],
  entrapments: [],
  palpation: {
    position: 'client supine or seated, mouth propped partly open so the muscle is on mild stretch',
    method: 'flat-or-pincer',
    howToFind:
      'have the client clench to feel the thick vertical bulk between cheekbone and jaw angle, then relax; press the outer surface flat against the jaw bone, or hold the muscle between a gloved thumb inside the cheek and a finger outside',
  },
  treatment: {
    position: 'client supine, head turned slightly away, jaw relaxed with the teeth apart',
    pressure:
      'flat fingertip compression against the jaw bone, or pincer compression from inside and outside, working from the cheekbone down to the angle',
    expect:
      'toothache-like pain in the upper or lower back teeth, an ache in the cheek, or pain over the eyebrow, easing as the hold continues',
  },
  selfCare: {
    pressure:
      'with the teeth apart, press the fingertips into the muscle in front of the ear lobe or roll it with the thumb inside the cheek, 30 to 60 seconds per spot',
    stretch:
      'relax the tongue on the floor of the mouth and let the jaw open; place two fingers on the lower front teeth and ease the jaw down a little further; hold 20 to 30 seconds',
  },
  cautions: ['facial-nerve', 'intraoral-work'],
  related: [
    'masseter-deep',
    'temporalis',
    'medial-pterygoid',
    'lateral-pterygoid',
    'sternocleidomastoid-sternal',
    'upper-trapezius',
    'digastric-anterior',
  ],
  triggerPoints: [
    {
      id: 'masseter-superficial.upper',
      label: 'TrP1',
      location: {
        region: 'cheek',
        description: 'upper part near the front edge, just below the cheekbone',
      },
      referral: [
        { region: 'upper-molars', zone: 'essential', culprit: 'primary' },
        { region: 'upper-premolars', zone: 'essential', culprit: 'primary' },
        { region: 'maxilla', zone: 'essential', culprit: 'primary' },
        { region: 'gums', zone: 'spillover', culprit: 'common' },
        { region: 'cheek', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the maxillary pain is easily taken for sinusitis',
    },
    {
      id: 'masseter-superficial.mid-belly',
      label: 'TrP2',
      location: {
        region: 'mandible',
        description: 'middle of the muscle belly, over the jaw bone below the level of the teeth',
      },
      referral: [
        { region: 'lower-molars', zone: 'essential', culprit: 'primary' },
        { region: 'mandible', zone: 'essential', culprit: 'primary' },
        { region: 'lower-premolars', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'lower back teeth may ache or feel sensitive to biting',
    },
    {
      id: 'masseter-superficial.lower',
      label: 'TrP3',
      location: {
        region: 'jaw-angle',
        description: 'lower part near where the muscle attaches at the angle of the jaw',
      },
      referral: [
        { region: 'mandible', zone: 'essential', culprit: 'common' },
        { region: 'eyebrow', zone: 'essential', culprit: 'common' },
        { region: 'temple', zone: 'spillover', culprit: 'occasional' },
        { region: 'jaw-angle', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'pain arcs from the jaw up across the temple to the eyebrow',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 8, Masseter muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the masseter muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Masseter' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: cheek and jaw pain; toothache' },
  ],
});
