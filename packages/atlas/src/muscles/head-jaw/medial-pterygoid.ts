import { defineMuscle } from '../define-muscle.ts';

/** Medial pterygoid: the inner jaw closer; refers into the throat, tongue and palate and deep into the ear. */
export const medialPterygoid = defineMuscle({
  id: 'medial-pterygoid',
  name: 'Medial pterygoid',
  aliases: ['internal pterygoid', 'medial pterygoid muscle', 'pterygoideus medialis'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'medial pterygoid muscle',
    uberon: 'UBERON:0006718',
    fma: 'FMA:49011',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'closes the jaw together with the masseter, forming a sling around the jaw angle',
    'helps push the jaw forward; one side moves the jaw toward the opposite side',
  ],
  restricts: ['jaw.opening', 'swallowing', 'jaw.lateral_deviation'],
  painfulOn: ['jaw.closing', 'jaw.protrusion', 'swallowing'],
  perpetuatedBy: [
    'bruxism',
    'teeth-clenching',
    'chewing-gum',
    'hard-chewy-food',
    'forward-head-posture',
    'emotional-stress',
    'mouth-breathing',
  ],
  symptoms: ['difficulty-swallowing', 'sore-throat', 'ear-fullness', 'restricted-mouth-opening'],
  entrapments: [],
  palpation: {
    position:
      'client supine, head tilted slightly toward the side being examined to slacken the skin under the jaw',
    method: 'internal',
    howToFind:
      'from outside, curl a fingertip up under the inner surface of the jaw angle and press toward the bone; from inside, a gloved index finger slides back past the last lower molar and presses outward on the inner wall of the jaw',
  },
  treatment: {
    position: 'client supine, head turned slightly toward the side being treated',
    pressure:
      'gentle upward and outward pressure against the inner side of the jaw angle, held at the first clear tenderness',
    expect:
      'a poorly localised ache in the throat, back of the tongue or deep in the ear; swallowing may feel easier afterwards',
  },
  selfCare: {
    pressure:
      'tip the head toward the sore side and press a fingertip up under the inside of the jaw angle, 30 seconds',
    stretch:
      'open the mouth slowly as wide as comfortable with the tongue relaxed, then move the jaw slightly to the same side; hold 20 seconds',
  },
  cautions: ['carotid-artery', 'intraoral-work'],
  related: [
    'lateral-pterygoid',
    'masseter-superficial',
    'masseter-deep',
    'temporalis',
    'digastric-posterior',
    'sternocleidomastoid-sternal',
  ],
  triggerPoints: [
    {
      id: 'medial-pterygoid.central',
      label: 'TrP1',
      location: {
        region: 'jaw-angle',
        description: 'on the inner surface of the jaw angle, in the middle of the muscle belly',
      },
      referral: [
        { region: 'throat', zone: 'essential', culprit: 'primary' },
        { region: 'tongue', zone: 'essential', culprit: 'common' },
        { region: 'tmj', zone: 'essential', culprit: 'common' },
        { region: 'deep-ear', zone: 'essential', culprit: 'common' },
        { region: 'palate', zone: 'spillover', culprit: 'common' },
        { region: 'jaw-angle', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain is vague and deep; it does not refer to the teeth',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 10, Medial pterygoid muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the medial pterygoid muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Medial pterygoid' },
  ],
});
