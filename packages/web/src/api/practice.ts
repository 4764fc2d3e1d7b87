import type { Review } from '@myomap/engine';
import { getJson, sendJson } from './client.ts';

/**
 * The typed client of the practice API (packages/server/src/features/practice): the signed-in
 * learner's own reviews. Shapes mirror the server's zod schemas; reviews are the engine's.
 */

/** Every path this client calls (a server test checks each is in the OpenAPI document). */
export const PRACTICE_API_PATHS = ['POST /api/practice/reviews', 'GET /api/practice/reviews'] as const;

/** Most reviews the server takes in one request. */
export const SYNC_BATCH = 200;

/** A review as the server keeps it. */
interface StoredReview extends Review {
  readonly seq: number;
  readonly receivedAt: string;
}

const plain = ({ seq: _seq, receivedAt: _at, ...review }: StoredReview): Review => review;

/** Sends reviews in batches; returns the ids the server now holds (new or already stored). Throws when offline. */
export async function sendReviews(reviews: readonly Review[]): Promise<string[]> {
  const stored: string[] = [];
  for (let i = 0; i < reviews.length; i += SYNC_BATCH) {
    const reply = await sendJson<{ reviews: StoredReview[] }>('POST', '/api/practice/reviews', {
      reviews: reviews.slice(i, i + SYNC_BATCH),
    });
    stored.push(...reply.reviews.map((r) => r.id));
  }
  return stored;
}

/** The learner's reviews the server received after `cursor`, every page, and the cursor to keep. */
export async function reviewsAfter(cursor: number): Promise<{ reviews: Review[]; cursor: number }> {
  const reviews: Review[] = [];
  let after = cursor;
  for (;;) {
    const page = await getJson<{ reviews: StoredReview[]; cursor: number; more: boolean }>(
      `/api/practice/reviews?after=${after}&limit=1000`,
    );
    reviews.push(...page.reviews.map(plain));
    after = page.cursor;
    if (!page.more) return { reviews, cursor: after };
  }
}
