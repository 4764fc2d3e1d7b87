/**
 * Kysely row type of migration 0006 (practice reviews), merged into the store's DatabaseSchema so one
 * Kysely instance types every table.
 */
export interface PracticeReviewRow {
  clinic_id: string;
  user_id: string;
  /** The id the browser generated for the review. */
  review_id: string;
  /** The user's reviews in the order the server received them, from 1 (the read cursor). */
  seq: number;
  card_id: string;
  /** When the card was answered, ms since the epoch (PostgreSQL BIGINT arrives as a string). */
  answered_at: number | string;
  rating: number;
  correct: number;
  score: number;
  confusion_a: string | null;
  confusion_b: string | null;
  received_at: string;
}

declare module '../../store/schema.ts' {
  interface DatabaseSchema {
    practice_reviews: PracticeReviewRow;
  }
}
