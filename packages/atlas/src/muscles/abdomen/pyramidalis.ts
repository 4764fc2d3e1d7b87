import { defineMuscle } from '../define-muscle.ts';

/** Pyramidalis: a small, often absent muscle above the pubic bone with pain near the midline. */
export const pyramidalis = defineMuscle({
  id: 'pyramidalis',
  name: 'Pyramidalis',
  aliases: ['pyramidalis muscle'],
  area: 'abdomen',
  paired: true,
  actions: ['tenses the lower midline of the abdominal wall (linea alba)'],
  restricts: ['trunk.extension'],
  painfulOn: ['trunk.flexion'],
  perpetuatedBy: ['sit-ups', 'abdominal-surgery', 'pregnancy'],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back with the knees bent over a bolster',
    method: 'flat',
    howToFind:
      'just above the pubic bone, within a finger or two of the midline, press gently down and toward the bone for a small tender triangle of muscle; it is missing in some people',
  },
  treatment: {
    position: 'supine, knees bent',
    pressure: 'gentle fingertip pressure just above the pubic bone beside the midline',
    expect: 'local soreness that may spread up the midline toward the navel',
  },
  selfCare: {
    pressure: 'lying on the back, press just above the pubic bone beside the midline, 30 to 60 seconds',
    stretch: 'lie face down and press up on the hands, keeping the hips on the floor; hold 30 seconds',
  },
  cautions: ['abdominal-organs', 'hernia'],
  related: ['rectus-abdominis-lower', 'internal-oblique', 'external-oblique'],
  triggerPoints: [
    {
      id: 'pyramidalis.suprapubic',
      label: 'TrP1',
      location: {
        region: 'suprapubic',
        description: 'just above the pubic bone, within a finger or two of the midline',
      },
      referral: [
        { region: 'suprapubic', zone: 'essential', culprit: 'occasional' },
        { region: 'umbilical', zone: 'spillover', culprit: 'occasional' },
        { region: 'pubic', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'ipsilateral',
      note: 'pain stays close to the midline between the pubic bone and the navel',
    },
  ],
  sources: [
    {
      work: 'simons-1999',
      locator: 'chapter on the abdominal muscles, pyramidalis (pain pattern figure p. 945)',
    },
    { work: 'donnelly-2019', locator: 'chapter on the abdominal muscles' },
  ],
});
