import { expect } from 'vitest';
import { practiceSamMorning, practiceSamNextDay } from '@myomap/fixtures';
import type { Review } from '@myomap/engine';
import { allReviews, listReviews, recordReviews } from '../features/practice/repository.ts';
import type { ClinicStore } from './store.ts';
import { twoClinics } from './two-clinics.ts';

type Test = (title: string, fn: () => Promise<void>) => void;

const strip = ({ seq: _s, receivedAt: _r, ...review }: Review & { seq: number; receivedAt: string }) =>
  review;

/**
 * The practice part of the store contract (migration 0006), run on both engines: a batch stored in
 * order, replays stored once (also when sent concurrently), paging by cursor, and isolation between
 * users and clinics.
 */
export function practiceContract(test: Test, store: () => ClinicStore): void {
  const setup = async () => {
    const s = store();
    const { a, b } = await twoClinics(s);
    const user = async (clinicId: string, name: string) => {
      const id = s.deps.newId();
      const now = s.deps.now();
      await s.run({ kind: 'clinic', clinicId }, (tx) =>
        tx
          .insertInto('users')
          .values({
            id,
            clinic_id: clinicId,
            email: `${name}-${id}@practice.example`,
            display_name: name,
            role: 'student',
            password_hash: 'not-a-hash',
            disabled_at: null,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute(),
      );
      return id;
    };
    const sam = await user(a, 'Sam');
    const tess = await user(a, 'Tess');
    const nia = await user(b, 'Nia');
    const record = (clinicId: string, userId: string, reviews: readonly Review[]) =>
      s.run({ kind: 'clinic', clinicId }, (tx, tools) =>
        recordReviews(tx, tools, s.deps, clinicId, userId, reviews),
      );
    const all = (clinicId: string, userId: string) =>
      s.run({ kind: 'clinic', clinicId }, (tx) => allReviews(tx, clinicId, userId));
    return { s, a, b, sam, tess, nia, record, all };
  };

  test('practice: stores a batch in order and reads every field back', async () => {
    const { a, sam, record, all } = await setup();
    const first = await record(a, sam, practiceSamMorning);
    expect(first.created).toBe(5);
    expect(first.replayed).toBe(0);
    expect(first.reviews.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    const stored = await all(a, sam);
    expect(stored.map(strip)).toEqual(practiceSamMorning);
    // the largest time a review may carry survives the round trip (BIGINT on PostgreSQL)
    const far: Review = { ...practiceSamNextDay[0]!, id: 'far-future-0001', at: 8.64e15 };
    await record(a, sam, [far]);
    expect((await all(a, sam)).at(-1)).toMatchObject({ id: 'far-future-0001', at: 8.64e15, seq: 6 });
  });

  test('practice: a replayed review is stored once and comes back as first stored', async () => {
    const { a, sam, record, all } = await setup();
    await record(a, sam, practiceSamMorning);
    const again = await record(a, sam, practiceSamMorning);
    expect(again.created).toBe(0);
    expect(again.replayed).toBe(5);
    expect(again.reviews.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    const changed: Review = { ...practiceSamMorning[0]!, rating: 1, correct: false };
    const mixed = await record(a, sam, [changed, ...practiceSamNextDay, ...practiceSamNextDay]);
    expect(mixed.created).toBe(1);
    expect(mixed.reviews).toHaveLength(2);
    expect(strip(mixed.reviews[0]!)).toEqual(practiceSamMorning[0]);
    expect(mixed.reviews[1]?.seq).toBe(6);
    expect(await all(a, sam)).toHaveLength(6);
  });

  test('practice: the same outbox sent eight times at once is stored once, seq without gaps', async () => {
    const { a, sam, record, all } = await setup();
    const results = await Promise.all(Array.from({ length: 8 }, () => record(a, sam, practiceSamMorning)));
    expect(results.reduce((n, r) => n + r.created, 0)).toBe(5);
    const stored = await all(a, sam);
    expect(stored.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(stored.map((r) => r.id)).size).toBe(5);
  });

  test('practice: pages by cursor', async () => {
    const { s, a, sam, record } = await setup();
    await record(a, sam, practiceSamMorning);
    await record(a, sam, practiceSamNextDay);
    const page = (after: number, limit: number) =>
      s.run({ kind: 'clinic', clinicId: a }, (tx) => listReviews(tx, a, sam, { after, limit }));
    const p1 = await page(0, 4);
    expect(p1.reviews.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(p1).toMatchObject({ cursor: 4, more: true });
    const p2 = await page(p1.cursor, 4);
    expect(p2.reviews.map((r) => r.id)).toEqual([practiceSamMorning[4]!.id, practiceSamNextDay[0]!.id]);
    expect(p2).toMatchObject({ cursor: 6, more: false });
    expect(await page(6, 4)).toEqual({ reviews: [], cursor: 6, more: false });
  });

  test('practice: a user reads only their own reviews; another clinic sees none', async () => {
    const { s, a, b, sam, tess, nia, record, all } = await setup();
    await record(a, sam, practiceSamMorning);
    // the same review id from another learner is that learner's review, not a replay
    const tessOwn = await record(a, tess, practiceSamMorning.slice(0, 2));
    expect(tessOwn.created).toBe(2);
    expect(await all(a, tess)).toHaveLength(2);
    expect(await all(b, nia)).toEqual([]);
    // PostgreSQL: Sam's log asked for under the other clinic's scope is empty whatever the filter says
    if (s.engine === 'postgres')
      expect(await s.run({ kind: 'clinic', clinicId: b }, (tx) => allReviews(tx, a, sam))).toEqual([]);
    expect(await s.run({ kind: 'clinic', clinicId: b }, (tx) => allReviews(tx, b, sam))).toEqual([]);
  });
}
