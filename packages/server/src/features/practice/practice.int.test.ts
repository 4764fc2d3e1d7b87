import { practiceSamMorning, practiceSamNextDay } from '@myomap/fixtures';
import { expect } from 'vitest';
import { verifyAuditChain } from '../../audit/audit-log.ts';
import { describeForEachEngine } from '../../testing/records-app.test-helper.ts';
import { MAX_SYNC_BATCH } from './schema.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeForEachEngine('practice reviews over HTTP', ({ w, it }) => {
  it('a student syncs an outbox, replays it after a dropped connection, and reads it back once', async () => {
    const sam = await w.as('a', 'student');
    const sent = await sam.send('POST', '/api/practice/reviews', { reviews: practiceSamMorning });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.json<Json>()).toMatchObject({ created: 5, replayed: 0 });
    // the reply was lost: the browser sends the same outbox again, plus one new review
    const replay = await sam.send('POST', '/api/practice/reviews', {
      reviews: [...practiceSamMorning, ...practiceSamNextDay],
    });
    expect(replay.status, replay.text).toBe(200);
    expect(replay.json<Json>()).toMatchObject({ created: 1, replayed: 5 });
    const page1 = (await sam.send('GET', '/api/practice/reviews?limit=4')).json<Json>();
    expect(page1).toMatchObject({ cursor: 4, more: true });
    const page2 = (await sam.send('GET', `/api/practice/reviews?after=${page1.cursor}`)).json<Json>();
    const ids = [...page1.reviews, ...page2.reviews].map((r: Json) => r.id);
    expect(ids).toEqual([...practiceSamMorning, ...practiceSamNextDay].map((r) => r.id));
    expect(page2.more).toBe(false);
  });

  it('progress is computed from the stored reviews, by area and card type', async () => {
    const sam = await w.as('a', 'student');
    const reply = await sam.send('GET', '/api/practice/progress');
    expect(reply.status, reply.text).toBe(200);
    const p = reply.json<Json>();
    expect(p.total).toMatchObject({ reviews: 6, correct: 4, repeats: 1, recalled: 1, retention: 1 });
    expect(p.byArea['shoulder-girdle']).toMatchObject({ reviews: 5, correct: 3 });
    expect(p.byArea['head-jaw']).toMatchObject({ reviews: 1, correct: 1, accuracy: 1 });
    expect(p.byType['which-muscle']).toMatchObject({ reviews: 4 });
    expect(p.confusions[0]).toMatchObject({ count: 1, a: 'deltoid-anterior', b: 'infraspinatus' });
    expect(p.lastReviewAt).toBe(practiceSamNextDay[0]!.at);
  });

  it('each learner sees only their own reviews; the other clinic sees none', async () => {
    const theo = await w.as('a', 'therapist');
    expect((await theo.send('GET', '/api/practice/reviews')).json<Json>().reviews).toEqual([]);
    // the same review id from another learner is stored as theirs
    const own = await theo.send('POST', '/api/practice/reviews', { reviews: practiceSamNextDay });
    expect(own.json<Json>()).toMatchObject({ created: 1 });
    const other = await w.as('b', 'student');
    expect((await other.send('GET', '/api/practice/reviews')).json<Json>().reviews).toEqual([]);
    expect((await other.send('GET', '/api/practice/progress')).json<Json>().total.reviews).toBe(0);
  });

  it('refuses a batch too big, a bad review id, a user id in the body and a missing CSRF token', async () => {
    const sam = await w.as('a', 'student');
    const many = Array.from({ length: MAX_SYNC_BATCH + 1 }, (_, i) => ({
      ...practiceSamNextDay[0],
      id: `bulk-review-${i}`,
    }));
    const big = await sam.send('POST', '/api/practice/reviews', { reviews: many });
    expect(big.status).toBe(400);
    expect(big.text).toContain('reviews');
    const badId = await sam.send('POST', '/api/practice/reviews', {
      reviews: [{ ...practiceSamNextDay[0], id: 'no spaces allowed' }],
    });
    expect(badId.status).toBe(400);
    expect(badId.json<Json>().error.details.issues[0].path).toBe('reviews.0.id');
    const forged = await sam.send('POST', '/api/practice/reviews', {
      reviews: practiceSamNextDay,
      userId: w.a.staff.therapist.id,
    });
    expect(forged.status).toBe(400);
    const noCsrf = await sam.send(
      'POST',
      '/api/practice/reviews',
      { reviews: practiceSamNextDay },
      { csrf: false },
    );
    expect(noCsrf.status).toBe(403);
    const tooFar = await sam.send('GET', '/api/practice/reviews?limit=1001');
    expect(tooFar.status).toBe(400);
  });

  it('every sync and read is in the audit log, naming the learner and no card', async () => {
    const rows = await w.store.run({ kind: 'clinic', clinicId: w.a.clinic.id }, (tx) =>
      tx
        .selectFrom('audit_log')
        .selectAll()
        .where('clinic_id', '=', w.a.clinic.id)
        .where('action', 'like', 'practice.%')
        .orderBy('seq')
        .execute(),
    );
    const sam = w.a.staff.student.id;
    const ofSam = rows.filter((r) => r.actor_id === sam && r.outcome === 'ok');
    expect(ofSam.map((r) => r.action)).toEqual([
      'practice.sync',
      'practice.sync',
      'practice.reviews',
      'practice.reviews',
      'practice.progress',
    ]);
    expect(ofSam.every((r) => r.record_type === 'practice-log' && r.record_id === sam)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('infraspinatus');
    expect((await verifyAuditChain(w.store, w.a.clinic.id)).ok).toBe(true);
  });

  it('the practice API is in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${w.base}/api/openapi.json`)).json()) as Json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/practice/reviews', '/api/practice/progress']),
    );
    expect(doc.paths['/api/practice/reviews'].post.requestBody).toBeDefined();
  });
});
