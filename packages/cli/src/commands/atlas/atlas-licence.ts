/** The licence notice every atlas export carries. */
export const ATLAS_LICENCE = {
  data: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  credit: 'Myomap atlas',
  notice:
    'The Myomap atlas data (regions, muscles, trigger points, referral patterns, vocabularies and the ' +
    'bibliography) is released under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). ' +
    'Credit it as "Myomap atlas" with a link to the licence and say if you changed it. Facts are paraphrased ' +
    'from the cited works; cite those works too. The identifier columns come from sources with their own ' +
    'licences, listed under identifierSources.',
  identifierSources: [
    { name: 'UBERON', licence: 'CC BY 3.0', url: 'https://creativecommons.org/licenses/by/3.0/' },
    { name: 'FMA', licence: 'CC BY 3.0', url: 'https://creativecommons.org/licenses/by/3.0/' },
    {
      name: 'BodyParts3D',
      licence: 'CC BY-SA 2.1 JP',
      url: 'https://creativecommons.org/licenses/by-sa/2.1/jp/',
    },
    {
      name: 'SNOMED CT',
      licence: 'SNOMED CT Affiliate Licence needed to use the codes in data exchange',
      url: 'https://www.snomed.org/get-snomed',
    },
  ],
  software: 'The Myomap software is AGPL-3.0-or-later; that licence does not cover this data.',
} as const;
