import { BODY_AREAS } from '@myomap/atlas';
import { CARD_TYPES, ReviewSchema } from '@myomap/engine';
import { z } from 'zod';

/** Most reviews one sync may carry: a day offline is a few hundred at most; the browser sends in batches. */
export const MAX_SYNC_BATCH = 200;

/** Most reviews one page of GET /api/practice/reviews returns. */
export const MAX_REVIEW_PAGE = 1000;

/** One review as the browser sends it (the engine's review, unknown fields refused). */
export const ReviewInput = z.strictObject(ReviewSchema.shape);

/** A batch of reviews from the browser's outbox. */
export const ReviewBatch = z.strictObject({
  reviews: z.array(ReviewInput).min(1).max(MAX_SYNC_BATCH),
});

/** A review as stored: the browser's review plus its place in the user's log. */
export const StoredReview = z.object({
  ...ReviewSchema.shape,
  seq: z.number().int().min(1).describe('1, 2, 3, … in the order the server received this user’s reviews'),
  receivedAt: z.string(),
});

/** The reply to a sync: every review of the batch as stored, how many were new and how many replays. */
export const SyncReply = z.object({
  reviews: z.array(StoredReview),
  created: z.number().int().min(0),
  replayed: z.number().int().min(0).describe('reviews already stored (a replayed outbox); not stored twice'),
});

/** Where to start reading and how many to read. */
export const ReviewsQuery = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .default(0)
    .describe('the `cursor` of the last page'),
  limit: z.coerce.number().int().min(1).max(MAX_REVIEW_PAGE).default(500),
});

/** One page of the caller's reviews. */
export const ReviewPage = z.object({
  reviews: z.array(StoredReview),
  cursor: z.number().int().min(0).describe('pass as `after` to read on'),
  more: z.boolean(),
});

const Tally = z.object({
  reviews: z.number().int(),
  correct: z.number().int(),
  accuracy: z.number().describe('correct / reviews'),
  retention: z.number().describe('of reviews of cards seen before, the share not rated Again'),
  recalled: z.number().int(),
  repeats: z.number().int(),
});

/** The caller's progress, computed by the engine from the stored reviews. */
export const ProgressReply = z.object({
  total: Tally,
  byArea: z.partialRecord(z.enum(BODY_AREAS), Tally),
  byType: z.partialRecord(z.enum(CARD_TYPES), Tally),
  calendar: z
    .array(
      z.object({
        day: z.string(),
        reviews: z.number().int(),
        correct: z.number().int(),
        due: z.number().int(),
      }),
    )
    .readonly(),
  dueNow: z.number().int(),
  confusions: z
    .array(
      z.object({
        a: z.string(),
        b: z.string(),
        aName: z.string(),
        bName: z.string(),
        count: z.number().int(),
        message: z.string(),
      }),
    )
    .readonly(),
  lastReviewAt: z.number().int().nullable().describe('when the newest review was answered (ms), or null'),
});
