import pg from 'pg';
import { PG_TEST_URL, postgresAvailable, sequentialIds, uniqueSchema } from '@myomap/fixtures';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import type { ClinicStore, DatabaseEngine, StoreDeps } from '../store/store.ts';
import { serveForTest } from './accounts-app.test-helper.ts';
import { ApiClient, seedClinicStaff, type SeededClinic } from './accounts.test-helper.ts';
import { clinicHarbourside, clinicNorthgate } from '@myomap/fixtures';

/** A clock for HTTP tests: starts at a fixed instant and advances 100 ms per reading. */
export function steadyClock(startIso = '2026-03-02T09:00:00.000Z'): () => string {
  let t = Date.parse(startIso);
  return () => {
    t += 100;
    return new Date(t).toISOString();
  };
}

/** A migrated store of the given engine with injected clock and ids; PostgreSQL in a private schema. */
export async function openTestStore(
  engine: DatabaseEngine,
  deps: StoreDeps = { now: steadyClock(), newId: sequentialIds('r') },
): Promise<{ store: ClinicStore; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const store = openSqliteStore(':memory:', deps);
    await store.migrate();
    return { store, drop: async () => undefined };
  }
  const schema = uniqueSchema('records');
  const store = await openPostgresStore(PG_TEST_URL, deps, { schema });
  await store.migrate();
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

/** The engines to run on: SQLite always, PostgreSQL when it answers. */
export async function availableEngines(): Promise<DatabaseEngine[]> {
  return (await postgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Two seeded clinics (one account per role each) served over real HTTP. */
export interface RecordsWorld {
  readonly store: ClinicStore;
  readonly base: string;
  readonly a: SeededClinic;
  readonly b: SeededClinic;
  /** A signed-in HTTP client for a role of clinic a or b. */
  as(clinic: 'a' | 'b', role: keyof SeededClinic['staff']): Promise<ApiClient>;
  close(): Promise<void>;
}

/** Opens a store, seeds two clinics and serves the app; `close` tears everything down. */
export async function recordsWorld(engine: DatabaseEngine, deps?: StoreDeps): Promise<RecordsWorld> {
  const { store, drop } = await openTestStore(engine, deps);
  const a = await seedClinicStaff(store, clinicHarbourside.name, 'harbour');
  const b = await seedClinicStaff(store, clinicNorthgate.name, 'northgate');
  const { base, close } = await serveForTest(store);
  const sessions = new Map<string, ApiClient>();
  return {
    store,
    base,
    a,
    b,
    async as(clinic, role) {
      const key = `${clinic}:${role}`;
      const known = sessions.get(key);
      if (known !== undefined) return known;
      const api = await new ApiClient(base).login((clinic === 'a' ? a : b).staff[role].email);
      sessions.set(key, api);
      return api;
    },
    async close() {
      await close();
      await store.close();
      await drop();
    },
  };
}
