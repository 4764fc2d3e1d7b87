import { defineMuscle } from '../define-muscle.ts';

/** Posterior belly of digastric: runs from behind the ear to the hyoid; refers to the upper neck below the ear and toward the occiput. */
export const digastricPosterior = defineMuscle({
  id: 'digastric-posterior',
  name: 'Digastric, posterior belly',
  aliases: ['posterior digastric', 'back belly of digastric'],
  area: 'head-jaw',
  paired: true,
  identifiers: {
    tableName: 'posterior digastric muscle',
    uberon: 'UBERON:0010944',
    fma: 'FMA:46303',
    source:
      'obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-fma.obo@e92e121 (2023-09-05) | obophenotype/uberon:src/ontology/bridge/uberon-bridge-to-sctid.owl@52817ee (2026-04-01)',
  },
  actions: [
    'lifts and draws back the hyoid bone when swallowing',
    'helps open the mouth and pull the jaw back',
  ],
  restricts: ['swallowing'],
  painfulOn: ['swallowing', 'jaw.opening'],
  perpetuatedBy: ['mouth-breathing', 'forward-head-posture', 'bruxism', 'whiplash', 'emotional-stress'],
  symptoms: ['difficulty-swallowing', 'sore-throat'],
  entrapments: [],
  palpation: {
    position: 'client supine, head turned slightly toward the side being examined',
    method: 'flat',
    howToFind:
      'find the gap between the mastoid bone behind the ear and the angle of the jaw, in front of the sternocleidomastoid; press gently inward and feel for tender tissue that tightens when the client swallows',
  },
  treatment: {
    position: 'client supine, head turned a little toward the same side',
    pressure: 'light fingertip pressure just below and in front of the mastoid, never pressing on a pulse',
    expect:
      'pain below the ear and down the upper side of the neck, sometimes toward the back of the head or into the throat',
  },
  selfCare: {
    pressure:
      'press a fingertip lightly into the hollow between the jaw angle and the bone behind the ear, 20 to 30 seconds',
    stretch: 'tilt the head back and turn it slightly away while keeping the teeth together; hold 20 seconds',
  },
  cautions: ['carotid-artery', 'facial-nerve'],
  related: [
    'digastric-anterior',
    'sternocleidomastoid-sternal',
    'sternocleidomastoid-clavicular',
    'medial-pterygoid',
    'lateral-pterygoid',
    'splenius-capitis',
  ],
  triggerPoints: [
    {
      id: 'digastric-posterior.central',
      label: 'TrP1',
      location: {
        region: 'jaw-angle',
        description:
          'between the mastoid bone and the angle of the jaw, just in front of the upper end of the sternocleidomastoid',
      },
      referral: [
        { region: 'jaw-angle', zone: 'essential', culprit: 'common' },
        { region: 'lateral-neck', zone: 'essential', culprit: 'common' },
        { region: 'mastoid', zone: 'essential', culprit: 'common' },
        { region: 'occiput', zone: 'spillover', culprit: 'common' },
        { region: 'throat', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
      note: 'the pain sits over the upper end of the sternocleidomastoid and is easily blamed on that muscle',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 12, Digastric muscle' },
    { work: 'donnelly-2019', locator: 'chapter on the digastric and anterior neck muscles' },
    { work: 'davies-2013', locator: 'ch. 5, Digastric' },
    { work: 'simons-1999', locator: 'Part 1 (head and neck) pain guide: back-of-head pain' },
  ],
});
