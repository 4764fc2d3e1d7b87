import { z } from 'zod';

/** Longest review id a client may send. */
export const MAX_REVIEW_ID = 64;

/** One review of one card, as the browser logs it and syncs it; `id` is generated on the client. */
export const ReviewSchema = z.object({
  /** Client-generated id (e.g. a UUID); the same id synced twice is one review. */
  id: z
    .string()
    .min(8)
    .max(MAX_REVIEW_ID)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  cardId: z.string().min(3).max(160),
  /** When it was answered, milliseconds since the epoch. */
  at: z.number().int().min(0).max(8.64e15),
  /** FSRS rating: Again 1, Hard 2, Good 3, Easy 4. */
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  correct: z.boolean(),
  score: z.number().min(0).max(1),
  /** [right muscle, muscle given instead] when the learner confused two muscles. */
  confusion: z.tuple([z.string().max(80), z.string().max(80)]).optional(),
});

/** One logged review. */
export type Review = z.infer<typeof ReviewSchema>;

/** Merges review logs by review id (first copy wins), ordered by time then id: syncing twice never doubles. */
export function mergeReviews(...logs: readonly (readonly Review[])[]): Review[] {
  const byId = new Map<string, Review>();
  for (const log of logs) for (const r of log) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
