import type { Atlas } from '@myomap/atlas';
import type { PracticeCard } from './card-types.ts';
import tuneCases from './data/tune-cases.json' with { type: 'json' };
import { generateCards, type PracticeCaseInput } from './generate-cards.ts';

/** The finder's tuning cases (split "tune" only), copied by bench/practice-cases.ts. */
export const PRACTICE_TUNE_CASES: readonly PracticeCaseInput[] = tuneCases as unknown as PracticeCaseInput[];

const cache = new WeakMap<Atlas, readonly PracticeCard[]>();

/** Every practice card of an atlas with the tuning cases, generated once per atlas object. */
export function practiceCards(atlas: Atlas): readonly PracticeCard[] {
  let cards = cache.get(atlas);
  if (cards === undefined) {
    cards = generateCards(atlas, PRACTICE_TUNE_CASES);
    cache.set(atlas, cards);
  }
  return cards;
}
