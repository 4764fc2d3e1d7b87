import { defineMuscle } from '../define-muscle.ts';

/** Anterior belly of digastric: the small muscle under the chin; refers to the lower front teeth. */
export const digastricAnterior = defineMuscle({
  id: 'digastric-anterior',
  name: 'Digastric, anterior belly',
  aliases: ['anterior digastric', 'front belly of digastric'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'anterior digastric muscle',
    uberon: 'UBERON:0010943',
    fma: 'FMA:46302',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'pulls the chin down and back to help open the mouth against resistance',
    'lifts and steadies the hyoid bone when swallowing',
  ],
  restricts: ['swallowing'],
  painfulOn: ['jaw.opening', 'swallowing'],
  perpetuatedBy: [
    'mouth-breathing',
    'forward-head-posture',
    'bruxism',
    'teeth-clenching',
    'wind-instrument',
    'emotional-stress',
  ],
  symptoms: ['tooth-sensitivity', 'difficulty-swallowing'],
  entrapments: [],
  palpation: {
    position: 'client supine with the head tipped back slightly to stretch the area under the chin',
    method: 'flat',
    howToFind:
      'place a fingertip just behind the chin, a little to one side of the midline, and ask the client to press the chin down against light resistance; the narrow band that firms up is the anterior belly',
  },
  treatment: {
    position: 'client supine, head slightly extended on a small roll',
    pressure:
      'light fingertip pressure upward toward the underside of the jaw, then short strokes toward the hyoid',
    expect: 'an ache in the lower front teeth or the gum below them',
  },
  selfCare: {
    pressure:
      'press a fingertip gently into the soft area just behind the chin bone, 20 to 30 seconds per side',
    stretch:
      'close the teeth lightly and tilt the head back slowly, looking at the ceiling, and push the lower jaw slightly forward; hold 20 seconds',
  },
  cautions: ['thyroid'],
  related: ['digastric-posterior', 'mylohyoid', 'masseter-superficial', 'temporalis', 'platysma'],
  triggerPoints: [
    {
      id: 'digastric-anterior.central',
      label: 'TrP1',
      location: {
        region: 'chin',
        description: 'under the chin, just to one side of the midline, in the belly between chin and hyoid',
      },
      referral: [
        { region: 'lower-incisors', zone: 'essential', culprit: 'primary' },
        { region: 'gums', zone: 'spillover', culprit: 'common' },
        { region: 'chin', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'felt in the lower front teeth and the ridge of bone below them',
    },
    {
      id: 'digastric-anterior.tongue',
      label: 'tongue (experimental)',
      location: {
        region: 'chin',
        description: 'in the belly under the chin, between the chin and the hyoid bone',
      },
      referral: [
        { region: 'tongue', zone: 'essential', culprit: 'occasional' },
        { region: 'chin', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'experimental pattern: in about half of the volunteers, saline in this muscle was felt at the tip of the tongue, a referral not produced by any of the other jaw muscles tested',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 12, Digastric muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the digastric and anterior neck muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Digastric' },
    { work: 'svensson-2003', locator: 'Results: referral to the tongue after anterior digastric injection' },
  ],
});
