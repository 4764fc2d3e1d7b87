import { defineMuscle } from '../define-muscle.ts';

/** Lateral pterygoid: the deep muscle that pulls the jaw forward; the classic muscular source of jaw joint pain. */
export const lateralPterygoid = defineMuscle({
  id: 'lateral-pterygoid',
  name: 'Lateral pterygoid',
  aliases: ['external pterygoid', 'lateral pterygoid muscle', 'pterygoideus lateralis'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'lateral pterygoid muscle',
    uberon: 'UBERON:0006719',
    fma: 'FMA:49015',
    source:
      'obophenotype/uberon:musculoskeletal.obo@52817ee (file last changed cb75624, 2021-02-17; UBERON is_a tree + xrefs) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01) | MarioAndF/Hominum:Reference/TerminologiaAnatomica.md@0dba245 (TA98 code, joined by exact English name)',
  },
  actions: [
    'pulls the jaw forward and helps open the mouth',
    'one side moves the jaw toward the opposite side',
    'the upper head steadies the joint disc as the jaw closes',
  ],
  restricts: ['jaw.lateral_deviation', 'jaw.opening', 'jaw.protrusion'],
  painfulOn: ['jaw.protrusion', 'jaw.lateral_deviation', 'jaw.opening'],
  perpetuatedBy: [
    'bruxism',
    'teeth-clenching',
    'chewing-gum',
    'playing-instrument',
    'wind-instrument',
    'forward-head-posture',
    'emotional-stress',
    'ill-fitting-dental-appliance',
  ],
  symptoms: ['jaw-clicking', 'restricted-mouth-opening', 'tinnitus'],
  entrapments: ['buccal nerve (sensory branch to the cheek) passing between the two heads'],
  palpation: {
    position: 'client supine; for the outside approach the mouth is opened about two centimetres',
    method: 'internal',
    howToFind:
      'from outside, press upward and inward through the notch between the jaw joint and the front bony process of the lower jaw, just below the cheekbone; from inside, a gloved little finger slides along the outer gum above the upper back teeth and presses up and back behind the last molar',
  },
  treatment: {
    position: 'client supine, head supported, jaw slightly open',
    pressure:
      'light, steady pressure only; the muscle sits deep and is very sensitive, so hold at the first clear tenderness',
    expect:
      'deep pain in the jaw joint or across the cheek toward the sinus; the joint may feel freer and the bite may change slightly afterwards',
  },
  selfCare: {
    pressure:
      'open the mouth slightly and press a fingertip gently into the hollow just below the cheekbone in front of the jaw joint, 30 seconds',
    stretch:
      'rest the tongue behind the upper front teeth and open and close slowly without letting the jaw shift forward; then glide the jaw gently to the opposite side and back, ten times',
  },
  cautions: ['facial-nerve', 'intraoral-work'],
  related: [
    'medial-pterygoid',
    'masseter-deep',
    'masseter-superficial',
    'temporalis',
    'sternocleidomastoid-sternal',
    'digastric-posterior',
  ],
  triggerPoints: [
    {
      id: 'lateral-pterygoid.upper-head',
      label: 'TrP1',
      location: {
        region: 'tmj',
        description:
          'upper head, close to where it attaches to the jaw joint capsule and disc, reached through the notch below the cheekbone',
      },
      referral: [
        { region: 'tmj', zone: 'essential', culprit: 'primary' },
        { region: 'maxilla', zone: 'essential', culprit: 'primary' },
        { region: 'cheek', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'often linked to clicking or catching of the joint',
    },
    {
      id: 'lateral-pterygoid.lower-head',
      label: 'TrP2',
      location: {
        region: 'cheek',
        description:
          'lower head, deep under the cheekbone; reached inside the mouth behind the last upper molar',
      },
      referral: [
        { region: 'tmj', zone: 'essential', culprit: 'primary' },
        { region: 'maxilla', zone: 'essential', culprit: 'primary' },
        { region: 'cheek', zone: 'spillover', culprit: 'primary' },
      ],
      laterality: 'ipsilateral',
      note: 'the cheek pain is easily taken for sinusitis',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 11, Lateral pterygoid muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the lateral pterygoid muscle' },
    { work: 'davies-2013', locator: 'ch. 5, Lateral pterygoid' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: cheek and jaw pain' },
  ],
});
