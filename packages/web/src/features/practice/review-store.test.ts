import type { Review } from '@myomap/engine';
import { describe, expect, it } from 'vitest';
import { pullReviews, ReviewLog, syncOutbox, type KeyValueStore, type SendReviews } from './review-store.ts';

const memory = (): KeyValueStore => {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
};
const review = (n: number): Review => ({
  id: `review-${String(n).padStart(4, '0')}`,
  cardId: 'paint-pattern:infraspinatus',
  at: 1_767_600_000_000 + n * 60_000,
  rating: 3,
  correct: true,
  score: 1,
});

describe('the browser review log', () => {
  it('keeps reviews across reloads and ignores a review added twice', () => {
    const store = memory();
    new ReviewLog(store).add([review(1), review(2)]);
    const again = new ReviewLog(store);
    expect(again.add([review(2)])).toEqual([]);
    expect(again.reviews().map((r) => r.id)).toEqual(['review-0001', 'review-0002']);
    expect(again.outbox()).toEqual(['review-0001', 'review-0002']);
    expect(again.learnerId()).toBe(new ReviewLog(store).learnerId());
  });

  it('a dropped connection keeps the outbox; the retry sends it once more and the server does not double it', async () => {
    const log = new ReviewLog(memory());
    log.add([review(1), review(2)]);
    const server = new Map<string, Review>();
    let online = false;
    const send: SendReviews = async (_learner, batch) => {
      for (const r of batch) if (!server.has(r.id)) server.set(r.id, r);
      if (!online) throw new Error('connection dropped'); // stored, but the reply never arrived
      return batch.map((r) => r.id);
    };
    expect(await syncOutbox(log, send)).toEqual({ sent: 0, pending: 2 });
    log.add([review(3)]);
    online = true;
    expect(await syncOutbox(log, send)).toEqual({ sent: 3, pending: 0 });
    expect(server.size).toBe(3);
    expect(await syncOutbox(log, send)).toEqual({ sent: 0, pending: 0 });
  });

  it('reads damaged storage as an empty log rather than failing', () => {
    const store = memory();
    store.setItem('myomap.practice.reviews.v1', '{not json');
    expect(new ReviewLog(store).reviews()).toEqual([]);
  });
});

describe('the signed-in log and the server', () => {
  it("keeps each user's log apart from the signed-out one", () => {
    const store = memory();
    new ReviewLog(store).add([review(1)]);
    new ReviewLog(store, 'user-a').add([review(2)]);
    expect(new ReviewLog(store).reviews().map((r) => r.id)).toEqual(['review-0001']);
    expect(new ReviewLog(store, 'user-a').reviews().map((r) => r.id)).toEqual(['review-0002']);
    expect(new ReviewLog(store, 'user-b').reviews()).toEqual([]);
  });

  it('merges server reviews without doubling or queueing them, and moves the cursor', async () => {
    const log = new ReviewLog(memory(), 'user-a');
    log.add([review(1), review(2)]);
    // the server holds review 2 (sent from here) and review 3 (from another device)
    const fresh = await pullReviews(log, async (after) => {
      expect(after).toBe(0);
      return { reviews: [review(2), review(3)], cursor: 7 };
    });
    expect(fresh.map((r) => r.id)).toEqual(['review-0003']);
    expect(log.reviews().map((r) => r.id)).toEqual(['review-0001', 'review-0002', 'review-0003']);
    expect(log.outbox()).toEqual(['review-0001', 'review-0002']);
    expect(log.cursor()).toBe(7);
    // offline: nothing changes
    expect(await pullReviews(log, () => Promise.reject(new TypeError('Failed to fetch')))).toEqual([]);
    expect(log.cursor()).toBe(7);
  });
});
