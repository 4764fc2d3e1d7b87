import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock, PG_TEST_URL, postgresAvailable, uniqueSchema } from '@myomap/fixtures';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../store/postgres/postgres-store.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import type { ClinicStore } from '../../store/store.ts';
import { serveForTest } from '../../testing/accounts-app.test-helper.ts';
import { STAFF_PASSWORD } from '../../testing/accounts.test-helper.ts';

const pgUp = await postgresAvailable();
const schema = uniqueSchema('setup');
const deps = () => ({ now: fixedClock(), newId: () => randomUUID() });

afterAll(async () => {
  if (!pgUp) return;
  const c = new pg.Client({ connectionString: PG_TEST_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.end();
});

/** Two servers on one database, eight first-run requests at once: exactly one clinic. */
async function race(open: () => Promise<ClinicStore>): Promise<void> {
  const stores = [await open(), await open()];
  for (const s of stores) await s.migrate();
  const servers = await Promise.all(stores.map((s) => serveForTest(s)));
  try {
    const replies = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fetch(`${servers[i % 2]?.base}/api/setup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            clinicName: `Clinic ${i}`,
            displayName: 'Owner',
            email: `o${i}@x.example`,
            password: STAFF_PASSWORD,
          }),
        }).then((r) => r.status),
      ),
    );
    expect(replies.filter((s) => s === 201)).toHaveLength(1);
    expect(replies.filter((s) => s === 409)).toHaveLength(7);
    expect(await stores[0]?.listClinics()).toHaveLength(1);
  } finally {
    for (const s of servers) await s.close();
    for (const s of stores) await s.close();
  }
}

describe('first-run setup under concurrency', () => {
  it('SQLite (one file, two servers)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'myomap-setup-')), 'db.sqlite');
    await race(async () => openSqliteStore(file, deps()));
  });
  it.runIf(pgUp)('PostgreSQL (two servers)', async () => {
    await race(async () => openPostgresStore(PG_TEST_URL, deps(), { schema }));
  });
});
