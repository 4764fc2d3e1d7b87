import { loadAtlas } from '@myomap/atlas';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import { inClinic } from '../clients/in-clinic.ts';
import type { FeatureContext } from '../context.ts';
import { PRACTICE_ACCESS } from './access.ts';
import { progressFromReviews } from './progress.ts';
import { allReviews, listReviews, recordReviews } from './repository.ts';
import { ProgressReply, ReviewBatch, ReviewPage, ReviewsQuery, SyncReply } from './schema.ts';

/** A full batch of reviews is about 200 × 250 bytes; 128 KB leaves room and refuses more. */
export const PRACTICE_BODY_LIMIT = 131_072;

/**
 * Practice: the caller's own reviews (sync from the browser's outbox, read back after a cursor) and
 * progress. The user is always the caller (from the session), never a request field. Audited like the
 * other features: one entry per request, naming the user whose log was touched, never card content.
 */
export function practiceRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;
  const tags = ['practice'];
  const atlas = loadAtlas();

  app.post(
    '/api/practice/reviews',
    {
      config: { access: PRACTICE_ACCESS.sync },
      bodyLimit: PRACTICE_BODY_LIMIT,
      schema: {
        summary: 'Store a batch of the caller’s reviews (idempotent by review id)',
        description:
          'Send up to 200 reviews, each with an id the browser generated. A review whose id is already stored for the caller is not stored again: it comes back as first stored and counts in `replayed`, so an outbox sent twice after a dropped connection never doubles a review.',
        tags,
        body: ReviewBatch,
        response: { 200: SyncReply },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'practice.sync', recordType: 'practice-log', recordId: request.auth?.userId ?? null },
        (tx, auth, tools) =>
          recordReviews(tx, tools, store.deps, auth.clinicId, auth.userId, request.body.reviews),
      ),
  );

  app.get(
    '/api/practice/reviews',
    {
      config: { access: PRACTICE_ACCESS.reviews },
      schema: {
        summary: 'The caller’s reviews received after a cursor, oldest first',
        tags,
        querystring: ReviewsQuery,
        response: { 200: ReviewPage },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'practice.reviews', recordType: 'practice-log', recordId: request.auth?.userId ?? null },
        (tx, auth) => listReviews(tx, auth.clinicId, auth.userId, request.query),
      ),
  );

  app.get(
    '/api/practice/progress',
    {
      config: { access: PRACTICE_ACCESS.progress },
      schema: {
        summary: 'The caller’s progress by body area and card type, from the stored reviews',
        tags,
        response: { 200: ProgressReply },
      },
    },
    (request) =>
      inClinic(
        store,
        request,
        { action: 'practice.progress', recordType: 'practice-log', recordId: request.auth?.userId ?? null },
        async (tx, auth) =>
          progressFromReviews(
            atlas,
            await allReviews(tx, auth.clinicId, auth.userId),
            Date.parse(store.deps.now()),
          ),
      ),
  );
}
