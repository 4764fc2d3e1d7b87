/** FSRS ratings by number, as ts-fsrs numbers them: Again 1, Hard 2, Good 3, Easy 4. */
export const RATINGS = { again: 1, hard: 2, good: 3, easy: 4 } as const;

/** One FSRS rating number. */
export type RatingValue = (typeof RATINGS)[keyof typeof RATINGS];

/**
 * How a card's grade becomes an FSRS rating. Painting: Dice ≥ 0.9 Easy, ≥ 0.7 Good, ≥ 0.4 Hard, else
 * Again. Read the drawing: all three right with the first in first place Easy, two of three Good, one
 * Hard, none Again. Find the trigger point: the right region Good, a neighbouring region Hard. Named
 * answers (which muscle, tell apart, stop or go): right Good, or Easy when answered within
 * `easySeconds`; wrong Again. A card counts as correct from Good up.
 */
export const RATING_THRESHOLDS = {
  paint: { easy: 0.9, good: 0.7, hard: 0.4 },
  drawing: { good: 2 / 3, hard: 1 / 3 },
  easySeconds: 6,
} as const;

/** The rating for a score against easy/good/hard thresholds. */
export function ratingFor(score: number, t: { easy?: number; good: number; hard: number }): RatingValue {
  if (t.easy !== undefined && score >= t.easy) return RATINGS.easy;
  if (score >= t.good) return RATINGS.good;
  if (score >= t.hard) return RATINGS.hard;
  return RATINGS.again;
}
