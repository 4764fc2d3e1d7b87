import { defineMuscle } from '../define-muscle.ts';

/** Sternalis: an inconstant strap over the breastbone with a deep ache under it that can mimic heart pain. */
export const sternalis = defineMuscle({
  id: 'sternalis',
  name: 'Sternalis',
  aliases: ['sternalis muscle', 'rectus sterni'],
  area: 'chest',
  paired: true,
  actions: [
    'no clear action; an inconstant muscle lying over the breastbone that may tense the chest fascia',
  ],
  restricts: [],
  painfulOn: [],
  perpetuatedBy: [],
  symptoms: [],
  entrapments: [],
  palpation: {
    position: 'client lying on the back, arms relaxed by the sides',
    method: 'flat',
    howToFind:
      'slide the fingertips slowly along and just beside the breastbone from top to bottom, feeling for a tender spot or a short vertical band; the muscle is absent in most people',
  },
  treatment: {
    position: 'supine',
    pressure:
      'gentle flat fingertip pressure on the tender spot over the bone; small circular strokes along the band',
    expect:
      'a deep ache under the breastbone, sometimes spreading across the upper chest or into the front of the shoulder',
  },
  selfCare: {
    pressure: 'press or rub the tender spot on the breastbone with two fingertips for 30 to 90 seconds',
    stretch:
      'no specific stretch; open the chest by lying over a rolled towel placed along the spine for a few minutes',
  },
  cautions: ['cardiac-symptoms', 'osteoporosis'],
  related: [
    'pectoralis-major-sternal',
    'sternocleidomastoid-sternal',
    'pectoralis-major-clavicular',
    'scalenus-anterior',
  ],
  triggerPoints: [
    {
      id: 'sternalis.mid-sternum',
      label: 'TrP1',
      location: {
        region: 'sternum',
        description:
          'over or just beside the middle or upper part of the breastbone, often a little to one side',
      },
      referral: [
        { region: 'sternum', zone: 'essential', culprit: 'primary' },
        { region: 'pectoral', zone: 'spillover', culprit: 'occasional' },
        { region: 'contra.pectoral', zone: 'spillover', culprit: 'occasional' },
        { region: 'anterior-deltoid', zone: 'spillover', culprit: 'common' },
        { region: 'medial-upper-arm', zone: 'spillover', culprit: 'occasional' },
      ],
      laterality: 'bilateral',
      note: 'a deep, intense ache under the breastbone that may spread to either side of the chest; it can resemble heart pain and must be cleared medically first',
    },
  ],
  sources: [
    { work: 'simons-1999', locator: 'chapter on the sternalis muscle (pain pattern figure p. 858)' },
    { work: 'donnelly-2019', locator: 'chapter on the sternalis muscle' },
    { work: 'davies-2013', locator: 'section on sternalis' },
    {
      work: 'simons-1999',
      locator: 'Part 2 (upper back, shoulder and arm) pain guide: front-of-shoulder pain',
    },
  ],
});
