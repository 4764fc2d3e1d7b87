// Login latency through the HTTP API (Argon2id at the default cost, m=19456 KiB t=2 p=1): seeds 200
// accounts on a SQLite file, serves the real app on loopback, and signs in 400 times from 1 caller,
// then from 2 concurrent callers (this machine has 2 cores). Each login = address and account limiter,
// user lookup, one Argon2id verification, session insert and an audit entry. The per-address limit is
// raised for the run (all requests come from 127.0.0.1); the per-account limit stays at 10 and every
// account signs in at most 4 times. Target (issue 11): p95 ≤ 250 ms.
// Run: node scripts/run-ts.mjs bench/login.bench.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from '@node-rs/argon2';
import { buildApp } from '../packages/server/src/app.ts';
import { DEFAULT_AUTH_CONFIG } from '../packages/server/src/features/auth/auth-config.ts';
import { hashPassword } from '../packages/server/src/features/auth/passwords.ts';
import { openSqliteStore } from '../packages/server/src/store/sqlite/sqlite-store.ts';
import { systemDeps } from '../packages/server/src/start-server.ts';
import { STAFF_PASSWORD } from '../packages/server/src/testing/accounts.test-helper.ts';
import { report } from './support/timing.ts';

const ACCOUNTS = 200;
const LOGINS = 400;

const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'myomap-login-')), 'bench.sqlite'), systemDeps);
await store.migrate();
const clinic = await store.createClinic({ name: 'Bench clinic' });
const hash = await hashPassword(STAFF_PASSWORD, DEFAULT_AUTH_CONFIG);
await store.run({ kind: 'clinic', clinicId: clinic.id }, async (tx) => {
  for (let i = 0; i < ACCOUNTS; i++) {
    const now = store.deps.now();
    await tx
      .insertInto('users')
      .values({
        id: `u${i}`,
        clinic_id: clinic.id,
        email: `user${i}@bench.example`,
        display_name: `User ${i}`,
        role: 'therapist',
        password_hash: hash,
        disabled_at: null,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
});
const app = await buildApp({ store, logLevel: 'silent', auth: { addressAttempts: 1_000_000 } });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;

let next = 0;
async function login(): Promise<number> {
  const i = next++ % ACCOUNTS;
  const t = performance.now();
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `user${i}@bench.example`, password: STAFF_PASSWORD }),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`login gave ${res.status}`);
  return performance.now() - t;
}

function pct(sorted: number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0).toFixed(1);
}

async function run(callers: number, total: number): Promise<void> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (times.length < total) times.push(await login());
    }),
  );
  times.sort((a, b) => a - b);
  report(`login, ${callers} caller${callers > 1 ? 's' : ''} (${times.length} logins)`, {
    'p50 ms': pct(times, 50),
    'p95 ms': pct(times, 95),
    'max ms': (times.at(-1) ?? 0).toFixed(1),
    target: 'p95 ≤ 250 ms',
  });
}

// the hash alone, for reference
const verifies: number[] = [];
for (let i = 0; i < 50; i++) {
  const t = performance.now();
  await verify(hash, STAFF_PASSWORD);
  verifies.push(performance.now() - t);
}
verifies.sort((a, b) => a - b);
report('Argon2id verify alone (m=19456 t=2 p=1, 50 runs)', {
  'p50 ms': pct(verifies, 50),
  'p95 ms': pct(verifies, 95),
});

await run(1, 20); // warm-up
next = 100; // fresh accounts for the measured runs (the per-account limit is 10 per 15 min)
await run(1, LOGINS / 2);
await run(2, LOGINS / 2);
await app.close();
await store.close();
