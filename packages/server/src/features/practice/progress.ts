import type { Atlas } from '@myomap/atlas';
import {
  buildPracticeState,
  practiceCards,
  practiceProgress,
  tellApartCardById,
  type PracticeCard,
  type PracticeProgress,
  type Review,
} from '@myomap/engine';

const lookups = new WeakMap<Atlas, ReadonlyMap<string, PracticeCard>>();

/** The generated cards of an atlas by id, built on first use. */
function cardsById(atlas: Atlas): ReadonlyMap<string, PracticeCard> {
  let byId = lookups.get(atlas);
  if (byId === undefined) {
    byId = new Map(practiceCards(atlas).map((c) => [c.id, c]));
    lookups.set(atlas, byId);
  }
  return byId;
}

/** A learner's progress with the time of their newest review. */
export type ProgressWithLast = PracticeProgress & { readonly lastReviewAt: number | null };

/**
 * A learner's progress from their stored reviews, as the Practice page computes it: tell-apart cards
 * made from the learner's own confusions count under their area and type too.
 */
export function progressFromReviews(atlas: Atlas, reviews: readonly Review[], now: number): ProgressWithLast {
  const state = buildPracticeState(reviews);
  const known = cardsById(atlas);
  const extra = [...state.byCard.keys()]
    .filter((id) => !known.has(id))
    .flatMap((id) => tellApartCardById(atlas, id) ?? []);
  const byId = extra.length === 0 ? known : new Map([...known, ...extra.map((c) => [c.id, c] as const)]);
  let last: number | null = null;
  for (const r of reviews) if (last === null || r.at > last) last = r.at;
  return { ...practiceProgress(atlas, state, byId, now), lastReviewAt: last };
}
