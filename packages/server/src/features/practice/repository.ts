import type { Review } from '@myomap/engine';
import type { ScopedTx, StoreDeps, TxTools } from '../../store/store.ts';
import type { PracticeReviewRow } from './tables.ts';
import './tables.ts';

/**
 * One user's practice reviews in one clinic. Every function takes the clinic and the user and filters
 * every query by both (on PostgreSQL the transaction's row-level security is set to the clinic too), so
 * another clinic's or another user's reviews are never read or written.
 */

/** A review as the server keeps it: the client's review plus its place in the user's log. */
export interface StoredReview extends Review {
  /** 1, 2, 3, … in the order the server received this user's reviews (the read cursor). */
  readonly seq: number;
  readonly receivedAt: string;
}

/** What storing a batch did: every review of the batch as stored, and how many were new. */
export interface RecordResult {
  /** The batch in request order (a replayed id appears once, as first stored). */
  readonly reviews: StoredReview[];
  readonly created: number;
  readonly replayed: number;
}

/** One page of a user's reviews after a cursor. */
export interface ReviewPage {
  readonly reviews: StoredReview[];
  /** The seq of the last review returned (the `after` of the next call); the given cursor when empty. */
  readonly cursor: number;
  readonly more: boolean;
}

function toReview(row: PracticeReviewRow): StoredReview {
  return {
    id: row.review_id,
    cardId: row.card_id,
    at: Number(row.answered_at),
    rating: Number(row.rating) as Review['rating'],
    correct: Number(row.correct) === 1,
    score: Number(row.score),
    ...(row.confusion_a === null || row.confusion_b === null
      ? {}
      : { confusion: [row.confusion_a, row.confusion_b] as [string, string] }),
    seq: Number(row.seq),
    receivedAt: row.received_at,
  };
}

const owned = (tx: ScopedTx, clinicId: string, userId: string) =>
  tx
    .selectFrom('practice_reviews')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId);

/**
 * Stores a batch of reviews for a user. Idempotent by review id: an id already stored for this user
 * (a replayed outbox) is not stored again and comes back as first stored, whatever the copy sent now
 * says. Writers of one user's log are serialised, so `seq` has no duplicates.
 */
export async function recordReviews(
  tx: ScopedTx,
  tools: TxTools,
  deps: StoreDeps,
  clinicId: string,
  userId: string,
  batch: readonly Review[],
): Promise<RecordResult> {
  await tools.lock(`practice:${clinicId}:${userId}`);
  const ids = [...new Set(batch.map((r) => r.id))];
  if (ids.length === 0) return { reviews: [], created: 0, replayed: 0 };
  const existing = await owned(tx, clinicId, userId).where('review_id', 'in', ids).execute();
  const known = new Set(existing.map((r) => r.review_id));
  const last = await tx
    .selectFrom('practice_reviews')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('clinic_id', '=', clinicId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  let seq = Number(last?.seq ?? 0);
  const receivedAt = deps.now();
  const fresh: PracticeReviewRow[] = [];
  for (const r of batch) {
    if (known.has(r.id)) continue;
    known.add(r.id);
    fresh.push({
      clinic_id: clinicId,
      user_id: userId,
      review_id: r.id,
      seq: ++seq,
      card_id: r.cardId,
      answered_at: r.at,
      rating: r.rating,
      correct: r.correct ? 1 : 0,
      score: r.score,
      confusion_a: r.confusion?.[0] ?? null,
      confusion_b: r.confusion?.[1] ?? null,
      received_at: receivedAt,
    });
  }
  if (fresh.length > 0) await tx.insertInto('practice_reviews').values(fresh).execute();
  const byId = new Map([...existing, ...fresh].map((row) => [row.review_id, toReview(row)]));
  const reviews = ids.flatMap((id) => byId.get(id) ?? []);
  return { reviews, created: fresh.length, replayed: reviews.length - fresh.length };
}

/** A user's reviews received after `after` (a seq), oldest first, at most `limit`. */
export async function listReviews(
  tx: ScopedTx,
  clinicId: string,
  userId: string,
  page: { readonly after: number; readonly limit: number },
): Promise<ReviewPage> {
  const rows = await owned(tx, clinicId, userId)
    .where('seq', '>', page.after)
    .orderBy('seq')
    .limit(page.limit + 1)
    .execute();
  const reviews = rows.slice(0, page.limit).map(toReview);
  return { reviews, cursor: reviews.at(-1)?.seq ?? page.after, more: rows.length > page.limit };
}

/** Every review of a user, in the order received (for progress and scheduling). */
export async function allReviews(tx: ScopedTx, clinicId: string, userId: string): Promise<StoredReview[]> {
  const rows = await owned(tx, clinicId, userId).orderBy('seq').execute();
  return rows.map(toReview);
}
