import { mergeReviews, ReviewSchema, type Review } from '@myomap/engine';
import { z } from 'zod';

/**
 * Where the browser keeps the review log, the ids waiting to be synced, this device's learner id and
 * how far the server's log has been read. A signed-in user's keys end in `.u.<user id>`; the plain keys
 * are the signed-out (this device only) log.
 */
export const STORAGE_KEYS = {
  reviews: 'myomap.practice.reviews.v1',
  outbox: 'myomap.practice.outbox.v1',
  learner: 'myomap.practice.learner.v1',
  cursor: 'myomap.practice.cursor.v1',
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
  private readonly keys: Record<keyof typeof STORAGE_KEYS, string>;

  /** `owner`: the signed-in user whose log this is; absent for the signed-out log of this device. */
  constructor(
    private readonly store: KeyValueStore,
    owner?: string,
  ) {
    const suffix = owner === undefined ? '' : `.u.${owner}`;
    this.keys = {
      reviews: `${STORAGE_KEYS.reviews}${suffix}`,
      outbox: `${STORAGE_KEYS.outbox}${suffix}`,
      learner: STORAGE_KEYS.learner,
      cursor: `${STORAGE_KEYS.cursor}${suffix}`,
    };
  }

  /** Every review on this device, in time order (unreadable data counts as none). */
  reviews(): Review[] {
    return read(this.store, this.keys.reviews, z.array(ReviewSchema), []);
  }

  /** Review ids not yet acknowledged by the server. */
  outbox(): string[] {
    return read(this.store, this.keys.outbox, z.array(z.string()), []);
  }

  /** How far the server's log has been read into this one (its `cursor`; 0 before the first read). */
  cursor(): number {
    return read(this.store, this.keys.cursor, z.number().int().min(0), 0);
  }

  /** Remembers how far the server's log has been read. */
  setCursor(cursor: number): void {
    this.store.setItem(this.keys.cursor, JSON.stringify(cursor));
  }

  /** This device's anonymous learner id, created on first use. */
  learnerId(): string {
    const id = this.store.getItem(this.keys.learner);
    if (id !== null && /^[a-f0-9]{32}$/.test(id)) return id;
    const fresh = randomId();
    this.store.setItem(this.keys.learner, fresh);
    return fresh;
  }

  /** Adds reviews (duplicates by id are ignored) and queues the new ones for sync; returns the new ones. */
  add(reviews: readonly Review[], queue = true): Review[] {
    const before = this.reviews();
    const known = new Set(before.map((r) => r.id));
    const fresh = reviews.filter((r) => !known.has(r.id));
    if (fresh.length === 0) return [];
    this.store.setItem(this.keys.reviews, JSON.stringify(mergeReviews(before, fresh)));
    if (queue)
      this.store.setItem(
        this.keys.outbox,
        JSON.stringify([...new Set([...this.outbox(), ...fresh.map((r) => r.id)])]),
      );
    return fresh;
  }

  /** Removes acknowledged ids from the outbox. */
  acknowledge(ids: readonly string[]): void {
    const done = new Set(ids);
    this.store.setItem(this.keys.outbox, JSON.stringify(this.outbox().filter((id) => !done.has(id))));
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

/** Reads the server's reviews after a cursor (throws when offline). */
export type PullReviews = (after: number) => Promise<{ reviews: Review[]; cursor: number }>;

/**
 * Reads the reviews the server received since this log last read it (from other devices, or this
 * one's own sync) into the log without queueing them, and moves the cursor. Returns the reviews new to
 * this log (the caller applies them to its schedule); none when offline.
 */
export async function pullReviews(log: ReviewLog, pull: PullReviews): Promise<Review[]> {
  try {
    const page = await pull(log.cursor());
    const fresh = log.add(page.reviews, false);
    log.setCursor(page.cursor);
    return fresh;
  } catch {
    return [];
  }
}
