// Practice with the reviews from the server store: a learner with 100,000 stored reviews over 3,000
// cards. Seeds them through the practice repository (batches of 200, as the browser syncs), then reads
// them back through the repository, builds the schedule and times choosing the next card on it. The
// load is bench/support/practice-load.ts (the same as bench/practice.bench.ts).
// Run: node scripts/run-ts.mjs bench/practice-store.bench.ts [sqlite|postgres]   (both when omitted)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadAtlas } from '@myomap/atlas';
import { buildPracticeState, dueAt, nextCard } from '@myomap/engine';
import { PG_TEST_URL, postgresAvailable, uniqueSchema } from '@myomap/fixtures';
import { allReviews, recordReviews } from '../packages/server/src/features/practice/repository.ts';
import { openPostgresStore } from '../packages/server/src/store/postgres/postgres-store.ts';
import { openSqliteStore } from '../packages/server/src/store/sqlite/sqlite-store.ts';
import type { ClinicStore, DatabaseEngine } from '../packages/server/src/store/store.ts';
import { seedClinicStaff } from '../packages/server/src/testing/accounts.test-helper.ts';
import { BENCH_END, benchCards, benchReviews } from './support/practice-load.ts';
import { report } from './support/timing.ts';

const CARDS = 3_000;
const REVIEWS = 100_000;
const BATCH = 200;
const DAY = 86_400_000;

const atlas = loadAtlas();
const cards = benchCards(atlas, CARDS);
const reviews = benchReviews(cards, REVIEWS);

const ms = (x: number): number => Math.round(x * 1000) / 1000;

function percentiles(samples: number[]): { median: number; p95: number; p99: number } {
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.floor(samples.length * q)] ?? 0;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function open(engine: DatabaseEngine): Promise<{ store: ClinicStore; drop: () => Promise<void> }> {
  let t = Date.parse('2026-03-02T09:00:00.000Z');
  let n = 0;
  const deps = { now: () => new Date((t += 1)).toISOString(), newId: () => `b-${++n}` };
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'myomap-practice-bench-'));
    const store = openSqliteStore(join(dir, 'bench.sqlite'), deps);
    return { store, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = uniqueSchema('practicebench');
  const store = await openPostgresStore(PG_TEST_URL, deps, { schema });
  return {
    store,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_TEST_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

async function bench(engine: DatabaseEngine): Promise<void> {
  const { store, drop } = await open(engine);
  try {
    await store.migrate();
    const seeded = await seedClinicStaff(store, 'Bench School', 'bench');
    const clinicId = seeded.clinic.id;
    const userId = seeded.staff.student.id;
    const scope = { kind: 'clinic', clinicId } as const;

    const t0 = performance.now();
    for (let i = 0; i < reviews.length; i += BATCH)
      await store.run(scope, (tx, tools) =>
        recordReviews(tx, tools, store.deps, clinicId, userId, reviews.slice(i, i + BATCH)),
      );
    report(
      `${engine}: store ${REVIEWS.toLocaleString('en')} reviews through the repository, batches of ${BATCH} (setup)`,
      {
        s: Math.round((performance.now() - t0) / 100) / 10,
      },
    );

    const reads: number[] = [];
    let stored = await store.run(scope, (tx) => allReviews(tx, clinicId, userId));
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      stored = await store.run(scope, (tx) => allReviews(tx, clinicId, userId));
      reads.push(performance.now() - t);
    }
    report(
      `${engine}: read all ${stored.length.toLocaleString('en')} of a learner's reviews (once per session), 5 reads`,
      {
        'median ms': Math.round(percentiles(reads).median),
      },
    );

    const t1 = performance.now();
    // keyed by the deck's own id strings (see buildPracticeState), as the Practice page does
    const state = buildPracticeState(stored, cards);
    report(`${engine}: buildPracticeState from the stored reviews (once per session)`, {
      ms: Math.round(performance.now() - t1),
    });
    // the schedule from the store is the schedule from the reviews the browser made
    const direct = buildPracticeState(reviews);
    const differ = cards.filter((c) => dueAt(state, c.id) !== dueAt(direct, c.id)).length;
    if (differ !== 0)
      throw new Error(`${differ} cards are due at other times than from the original reviews`);

    // Calls on the stored-review state and on the in-memory one alternate, so the shared machine's load
    // falls on both alike and the two figures compare.
    for (let i = 0; i < 200; i++) nextCard(state, cards, BENCH_END + i);
    const fromStore: number[] = [];
    const inMemory: number[] = [];
    for (let i = 0; i < 4_000; i++) {
      const at = BENCH_END + (Math.floor(i / 2) % 100) * (DAY / 10);
      const t = performance.now();
      nextCard(i % 2 === 0 ? state : direct, cards, at);
      (i % 2 === 0 ? fromStore : inMemory).push(performance.now() - t);
    }
    for (const [what, samples] of [
      ['on the stored reviews', fromStore],
      ['on the same reviews kept in memory (alternating calls)', inMemory],
    ] as const) {
      const p = percentiles(samples);
      report(
        `${engine}: nextCard ${what}, ${CARDS.toLocaleString('en')} cards, ${REVIEWS.toLocaleString('en')} past reviews, 2,000 calls`,
        { 'median ms': ms(p.median), 'p95 ms': ms(p.p95), 'p99 ms': ms(p.p99), target: 'p95 ≤ 5 ms' },
      );
    }
  } finally {
    await store.close();
    await drop();
  }
}

const asked = process.argv[2] as DatabaseEngine | undefined;
const engines: DatabaseEngine[] = asked !== undefined ? [asked] : ['sqlite', 'postgres'];
for (const engine of engines) {
  if (engine === 'postgres' && !(await postgresAvailable())) {
    console.log('postgres: skipped (no PostgreSQL at TEST_DATABASE_URL)');
    continue;
  }
  await bench(engine);
}
