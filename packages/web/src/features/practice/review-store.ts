import { mergeReviews, ReviewSchema, type Review } from '@myomap/engine';
import { z } from 'zod';

/** Where the browser keeps the review log, the ids waiting to be synced, and this device's learner id. */
export const STORAGE_KEYS = {
  reviews: 'myomap.practice.reviews.v1',
  outbox: 'myomap.practice.outbox.v1',
  learner: 'myomap.practice.learner.v1',
} as const;

/** The storage the log needs (window.localStorage in the app; any Storage in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

const read = <T>(store: KeyValueStore, key: string, schema: z.ZodType<T>, fallback: T): T => {
  try {
    const raw = store.getItem(key);
    if (raw === null) return fallback;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
};

/** A random id for a review or a learner: 32 hex digits from the platform's crypto source. */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The review log kept on this device, with its sync outbox. Every write goes straight to storage. */
export class ReviewLog {
  constructor(private readonly store: KeyValueStore) {}

  /** Every review on this device, in time order (unreadable data counts as none). */
  reviews(): Review[] {
    return read(this.store, STORAGE_KEYS.reviews, z.array(ReviewSchema), []);
  }

  /** Review ids not yet acknowledged by the server. */
  outbox(): string[] {
    return read(this.store, STORAGE_KEYS.outbox, z.array(z.string()), []);
  }

  /** This device's anonymous learner id, created on first use. */
  learnerId(): string {
    const id = this.store.getItem(STORAGE_KEYS.learner);
    if (id !== null && /^[a-f0-9]{32}$/.test(id)) return id;
    const fresh = randomId();
    this.store.setItem(STORAGE_KEYS.learner, fresh);
    return fresh;
  }

  /** Adds reviews (duplicates by id are ignored) and queues the new ones for sync; returns the new ones. */
  add(reviews: readonly Review[], queue = true): Review[] {
    const before = this.reviews();
    const known = new Set(before.map((r) => r.id));
    const fresh = reviews.filter((r) => !known.has(r.id));
    if (fresh.length === 0) return [];
    this.store.setItem(STORAGE_KEYS.reviews, JSON.stringify(mergeReviews(before, fresh)));
    if (queue)
      this.store.setItem(
        STORAGE_KEYS.outbox,
        JSON.stringify([...new Set([...this.outbox(), ...fresh.map((r) => r.id)])]),
      );
    return fresh;
  }

  /** Removes acknowledged ids from the outbox. */
  acknowledge(ids: readonly string[]): void {
    const done = new Set(ids);
    this.store.setItem(STORAGE_KEYS.outbox, JSON.stringify(this.outbox().filter((id) => !done.has(id))));
  }
}

/** Sends reviews somewhere and says which ids are now stored there (throws when offline). */
export type SendReviews = (learnerId: string, reviews: readonly Review[]) => Promise<readonly string[]>;

/**
 * Sends the outbox in one batch. On any failure (offline, server down) the outbox stays as it was, so
 * the next sync sends the same reviews again; the receiver dedupes by review id, so nothing doubles.
 */
export async function syncOutbox(
  log: ReviewLog,
  send: SendReviews,
): Promise<{ sent: number; pending: number }> {
  const pending = new Set(log.outbox());
  if (pending.size === 0) return { sent: 0, pending: 0 };
  const batch = log.reviews().filter((r) => pending.has(r.id));
  try {
    const stored = await send(log.learnerId(), batch);
    log.acknowledge(stored);
    return { sent: stored.length, pending: log.outbox().length };
  } catch {
    return { sent: 0, pending: pending.size };
  }
}
