export * from './card-types.ts';
export { generateCards, type PracticeCaseInput } from './generate-cards.ts';
export { practiceCards, PRACTICE_TUNE_CASES } from './tune-cases.ts';
export { confusionCards, tellApartCardById } from './confusion-cards.ts';
export { musclePatterns, practiceSide, jaccard, type MusclePattern } from './muscle-patterns.ts';
export { foldName, musclesNamed, muscleNameIndex } from './muscle-names.ts';
export { gradeCard, gradePaint, type CardAnswer, type CardGrade, type PaintGrade } from './grade-card.ts';
export { RATINGS, RATING_THRESHOLDS, ratingFor, type RatingValue } from './rating.ts';
export { stopOrGoDecision, TIER_DECISION } from './stop-or-go.ts';
export { ReviewSchema, mergeReviews, MAX_REVIEW_ID, type Review } from './review.ts';
export {
  applyReview,
  buildPracticeState,
  createPracticeState,
  dueAt,
  inDeck,
  newCardOrder,
  nextCard,
  DEFAULT_NEW_PER_DAY,
  type CardProgress,
  type Deck,
  type NextCard,
  type NextCardOptions,
  type PracticeState,
} from './schedule.ts';
export {
  practiceProgress,
  type CalendarDay,
  type Confusion,
  type PracticeProgress,
  type ProgressTally,
} from './progress.ts';
export { PRACTICE_DECKS, deckById, type NamedDeck } from './decks.ts';
