import { defineMuscle } from '../define-muscle.ts';

/** Extensor carpi radialis brevis: the most common muscular source of pain on the back of the wrist. */
export const extensorCarpiRadialisBrevis = defineMuscle({
  id: 'extensor-carpi-radialis-brevis',
  name: 'Extensor carpi radialis brevis',
  aliases: ['ECRB', 'short radial wrist extensor'],
  area: 'forearm',
  paired: true,
  // @ids extensor carpi radialis brevis
  actions: ['bends the wrist straight back', 'steadies the wrist so the finger flexors can grip hard'],
  restricts: ['wrist.flexion', 'grip'],
  perpetuatedBy: [
    'repetitive-gripping',
    'racquet-sports',
    'mouse-use',
    'typing',
    'hand-tools',
    'playing-instrument',
    'massage-work',
    'weight-training',
  ],
  symptoms: ['weak-grip', 'dropping-things'],
  entrapments: [
    'deep branch of the radial nerve (posterior interosseous nerve) against the firm upper edge of the muscle near the elbow: weakness of wrist and finger extension',
  ],
  palpation: {
    position: 'client supine or seated, forearm palm down and supported, elbow slightly bent',
    method: 'flat',
    howToFind:
      'about a hand width (5 to 6 cm) below the elbow crease on the back of the forearm, between the radial wrist extensor bulge and the finger extensor; resisted wrist extension with the hand held straight makes it firm',
  },
  treatment: {
    position: 'client supine, forearm palm down on a pillow, wrist relaxed',
    pressure: 'flat thumb pressure straight down onto the band, then gentle stripping toward the wrist',
    expect: 'a deep ache on the back of the wrist and hand',
  },
  selfCare: {
    pressure:
      'press with the thumb of the other hand a hand width below the outer elbow, or roll the forearm slowly on a ball; 30 to 60 seconds',
    stretch:
      'straighten the elbow, palm down, make a loose fist and let the other hand bend the wrist down; hold 30 seconds',
  },
  cautions: ['radial-nerve'],
  related: [
    'extensor-carpi-radialis-longus',
    'extensor-digitorum',
    'extensor-carpi-ulnaris',
    'supinator',
    'extensor-indicis',
    'flexor-carpi-radialis',
  ],
  triggerPoints: [
    {
      id: 'extensor-carpi-radialis-brevis.mid-belly',
      label: 'TrP1',
      location: {
        region: 'dorsal-forearm-radial',
        description: '5 to 6 cm below the elbow crease, in the belly between the longer radial extensor and the finger extensor',
      },
      referral: [
        { region: 'dorsal-wrist', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-hand', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'common' },
      ],
      laterality: 'ipsilateral',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 34, Hand extensor and brachioradialis muscles' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: wrist extensors' },
    { work: 'donnelly-2019', locator: 'chapter on the wrist extensor and brachioradialis muscles' },
  ],
});
