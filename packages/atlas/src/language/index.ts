import lexiconJson from '../generated/lexicon.json' with { type: 'json' };
import type { Lexicon } from './lexicon-schema.ts';

export type { Lexicon, RegionFacets, PartInfo } from './lexicon-schema.ts';
export { LexiconSchema } from './lexicon-schema.ts';
export { checkLexicon } from './check-lexicon.ts';

/** The lay and clinical lexicon with region facets, compiled from data/ by scripts/build-lexicon.ts. */
export const LEXICON: Lexicon = lexiconJson as Lexicon;
