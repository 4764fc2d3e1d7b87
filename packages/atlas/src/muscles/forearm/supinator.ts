import { defineMuscle } from '../define-muscle.ts';

/** Supinator: the first muscle to check in outer-elbow ("tennis elbow") pain. */
export const supinator = defineMuscle({
  id: 'supinator',
  name: 'Supinator',
  aliases: ['supinator brevis'],
  area: 'forearm',
  paired: true,
  actions: ['turns the palm up, especially with the elbow straight'],
  restricts: ['forearm.pronation', 'elbow.extension'],
  painfulOn: ['forearm.supination'],
  perpetuatedBy: [
    'racquet-sports',
    'carrying-by-handle',
    'hand-tools',
    'gardening',
    'pushing-pulling',
    'repetitive-gripping',
  ],
  symptoms: ['weak-grip'],
  entrapments: [
    'deep branch of the radial nerve (posterior interosseous nerve) where it enters the muscle under its arched upper edge: weak finger and thumb extension, sometimes altered feeling over the back of the wrist',
  ],
  palpation: {
    position: 'client supine, forearm fully palm up, elbow slightly bent and supported',
    method: 'flat',
    howToFind:
      'find the biceps tendon in the elbow crease, then slide just below it and toward the thumb side; press down onto the front of the radius through the thin edge of the brachioradialis, which you first push aside toward the outside',
  },
  treatment: {
    position: 'client supine, forearm palm up and supported, elbow just short of straight',
    pressure:
      'slow, flat thumb pressure onto the radius after moving the brachioradialis aside; ease off if tingling runs into the hand',
    expect: 'the familiar outer-elbow ache, sometimes with pain at the web of the thumb',
  },
  selfCare: {
    pressure:
      'turn the palm up and press with the other thumb just below and outside the elbow crease, on the bone; 30 to 60 seconds',
    stretch:
      'straighten the elbow and turn the palm fully down, letting the other hand turn it a little further; hold 30 seconds',
  },
  cautions: ['radial-nerve', 'brachial-artery'],
  related: [
    'brachioradialis',
    'extensor-carpi-radialis-longus',
    'extensor-carpi-radialis-brevis',
    'extensor-digitorum',
    'biceps-brachii',
    'brachialis',
    'anconeus',
    'triceps-medial-head',
    'pronator-teres',
  ],
  triggerPoints: [
    {
      id: 'supinator.radial-front',
      label: 'TrP1',
      location: {
        region: 'volar-forearm-radial',
        description:
          'on the front of the radius just below and to the thumb side of the biceps tendon, under the edge of the brachioradialis',
      },
      referral: [
        { region: 'lateral-epicondyle', zone: 'essential', culprit: 'primary' },
        { region: 'thumb-web', zone: 'essential', culprit: 'primary' },
        { region: 'dorsal-forearm-radial', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain on carrying a bag with a straight elbow or on a backhand stroke is typical',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'ch. 36, Supinator muscle' },
    { work: 'davies-2013', locator: 'ch. 7, Elbow, forearm and hand pain: supinator' },
    { work: 'donnelly-2019', locator: 'chapter on the supinator muscle' },
  ],
});
