// Client search and the client page through the HTTP API, on SQLite and on PostgreSQL: seeds 10,000
// clients in 20 clinics (one owner each), starts `myomap serve` in its own process on that database,
// signs in one user per clinic and times requests from 1 caller, then from 4 concurrent callers (each
// request uses the session of a random clinic; every request is authenticated and audited). Target (issue 11): p95 ≤ 20 ms for both routes on both engines.
// Run: node scripts/run-ts.mjs bench/records-api.bench.ts [sqlite|postgres]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { postgresAvailable, PG_TEST_URL } from '@myomap/fixtures';
import { createClient } from '../packages/server/src/features/clients/repository.ts';
import { ClientFields } from '../packages/server/src/features/clients/schema.ts';
import { openPostgresStore } from '../packages/server/src/store/postgres/postgres-store.ts';
import { openSqliteStore } from '../packages/server/src/store/sqlite/sqlite-store.ts';
import type { ClinicStore, DatabaseEngine } from '../packages/server/src/store/store.ts';
import { ApiClient, seedClinicStaff } from '../packages/server/src/testing/accounts.test-helper.ts';
import { freePort, waitForOk } from './support/processes.ts';
import { report } from './support/timing.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLINICS = 20;
const PER_CLINIC = 500;
const CALLER_COUNTS = [1, 4] as const;
const MEASURED = 2_000;
const WARMUP = 300;

/** A small deterministic generator, so every run seeds the same people. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rnd = lcg(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const GIVEN = [
  'Zoë',
  'Anna',
  'José',
  'Mário',
  'Siobhán',
  'Léa',
  'Noah',
  'Amir',
  'Chloé',
  'Björn',
  'Priya',
  'Kofi',
  'Mei',
  'Óscar',
  'Hana',
  'Luca',
  'Ines',
  'Tomasz',
  'Aoife',
  'Yusuf',
];
const FAMILY = [
  'Ó Briain',
  'García',
  'Müller',
  'Nguyen',
  'Kowalski',
  'Dubois',
  'Okafor',
  'Søndergaard',
  'Rossi',
  'Hernández',
  'Novák',
  'Papadopoulos',
  'Lindqvist',
  'Schäfer',
  'Kaya',
  'Walsh',
  'Fernández',
  'Ivanova',
  'Tanaka',
  'Moreau',
];

function person(i: number) {
  const given = pick(GIVEN);
  const family = pick(FAMILY);
  const y = 1940 + Math.floor(rnd() * 65);
  const m = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
  const d = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
  return ClientFields.parse({
    givenName: given,
    familyName: `${family}${i % 7 === 0 ? '-Smith' : ''}`,
    dateOfBirth: `${y}-${m}-${d}`,
    phone: `07700 9${String(i).padStart(5, '0')}`,
    email: `client${i}@example.org`,
    pronouns: null,
    emergencyContact:
      i % 3 === 0 ? { name: 'Next Of Kin', phone: '07700 900000', relation: 'partner' } : null,
  });
}

const QUERIES = [
  () => pick(FAMILY).slice(0, 2 + Math.floor(rnd() * 3)),
  () => pick(GIVEN).slice(0, 3),
  () => `${pick(GIVEN).slice(0, 2)} ${pick(FAMILY).slice(0, 2)}`,
  () => `0770090${Math.floor(rnd() * 100)}`,
  () => `${1940 + Math.floor(rnd() * 65)}-0${1 + Math.floor(rnd() * 9)}`,
  () => `client${Math.floor(rnd() * 10_000)}`,
  () => '',
];

async function seed(store: ClinicStore): Promise<{ email: string; ids: string[] }[]> {
  const clinics: { email: string; ids: string[] }[] = [];
  let n = 0;
  for (let c = 0; c < CLINICS; c++) {
    const seeded = await seedClinicStaff(store, `Bench Clinic ${c + 1}`, `bench${c + 1}`);
    const ids = await store.run({ kind: 'clinic', clinicId: seeded.clinic.id }, async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < PER_CLINIC; i++)
        out.push((await createClient(tx, store.deps, seeded.clinic.id, person(n++))).id);
      return out;
    });
    clinics.push({ email: seeded.staff.owner.email, ids });
  }
  return clinics;
}

async function serve(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'packages/cli/bin/myomap.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'],
    { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/api/health`, 60_000);
  return { url, child };
}

/** Runs `total` requests from CALLERS concurrent loops; returns each request's milliseconds. */
async function timed(total: number, one: () => Promise<number>, callers = 1): Promise<number[]> {
  const samples: number[] = [];
  let left = total;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (left-- > 0) {
        const t = performance.now();
        const status = await one();
        samples.push(performance.now() - t);
        if (status !== 200) throw new Error(`status ${status}`);
      }
    }),
  );
  return samples.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => Math.round((xs[Math.floor(xs.length * p)] ?? 0) * 100) / 100;

async function run(engine: DatabaseEngine): Promise<void> {
  const deps = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
  let env: Record<string, string>;
  let store: ClinicStore;
  let cleanup = async () => undefined as void;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'myomap-records-bench-'));
    store = openSqliteStore(join(dir, 'myomap.sqlite'), deps);
    env = { MYOMAP_DATA_DIR: dir };
  } else {
    const admin = new pg.Client({ connectionString: PG_TEST_URL });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS myomap_records_bench');
    await admin.query('CREATE DATABASE myomap_records_bench');
    await admin.end();
    const url = PG_TEST_URL.replace(/\/[^/]*$/, '/myomap_records_bench');
    store = await openPostgresStore(url, deps);
    env = { DATABASE_URL: url };
    cleanup = async () => {
      const a = new pg.Client({ connectionString: PG_TEST_URL });
      await a.connect();
      await a.query('DROP DATABASE IF EXISTS myomap_records_bench WITH (FORCE)');
      await a.end();
    };
  }
  await store.migrate();
  const started = performance.now();
  const clinics = await seed(store);
  const seedMs = performance.now() - started;
  await store.close();
  if (engine === 'postgres') {
    // a live database has planner statistics (autovacuum); a freshly seeded one needs them now
    const a = new pg.Client({ connectionString: env.DATABASE_URL });
    await a.connect();
    await a.query('ANALYZE');
    await a.end();
  }
  const server = await serve(env);
  try {
    const sessions = await Promise.all(
      clinics.map(async (c) => ({ api: await new ApiClient(server.url).login(c.email), ids: c.ids })),
    );
    const search = async () => {
      const s = pick(sessions);
      return (await s.api.send('GET', `/api/clients?q=${encodeURIComponent(pick(QUERIES)())}`)).status;
    };
    const page = async () => {
      const s = pick(sessions);
      return (await s.api.send('GET', `/api/clients/${pick(s.ids)}`)).status;
    };
    // the floor: an authenticated request that reads only the session (GET /api/me), same server, same run
    const me = async () => (await pick(sessions).api.send('GET', '/api/me')).status;
    await timed(WARMUP, search, 4);
    await timed(WARMUP, page, 4);
    await timed(WARMUP, me, 4);
    const seeded = `${CLINICS * PER_CLINIC} clients in ${CLINICS} clinics, seeded in ${Math.round(seedMs / 1000)} s`;
    for (const callers of CALLER_COUNTS) {
      const meMs = await timed(MEASURED, me, callers);
      const searchMs = await timed(MEASURED, search, callers);
      const pageMs = await timed(MEASURED, page, callers);
      report(
        `${engine}: floor GET /api/me (session check only; ${callers} caller(s), ${MEASURED} requests)`,
        {
          'p50 ms': pct(meMs, 0.5),
          'p95 ms': pct(meMs, 0.95),
          'p99 ms': pct(meMs, 0.99),
        },
      );
      report(`${engine}: GET /api/clients?q=… (${seeded}; ${callers} caller(s), ${MEASURED} requests)`, {
        'p50 ms': pct(searchMs, 0.5),
        'p95 ms': pct(searchMs, 0.95),
        'p99 ms': pct(searchMs, 0.99),
        target: 'p95 ≤ 20 ms',
      });
      report(`${engine}: GET /api/clients/:id (client page; ${callers} caller(s), ${MEASURED} requests)`, {
        'p50 ms': pct(pageMs, 0.5),
        'p95 ms': pct(pageMs, 0.95),
        'p99 ms': pct(pageMs, 0.99),
        target: 'p95 ≤ 20 ms',
      });
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    await cleanup();
  }
}

const only = process.argv[2] as DatabaseEngine | undefined;
for (const engine of ['sqlite', 'postgres'] as const) {
  if (only !== undefined && only !== engine) continue;
  if (engine === 'postgres' && !(await postgresAvailable())) {
    console.log('postgres: skipped (nothing answers at TEST_DATABASE_URL)');
    continue;
  }
  await run(engine);
}
