import pg from 'pg';
import { afterAll, beforeAll, describe, it as vitestIt } from 'vitest';
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

/** What each engine's copy of a suite gets from describeForEachEngine. */
export interface EngineSuite {
  /**
   * The engine's two-clinic world. It is opened before the suite's tests run, so read its fields
   * inside a test (`w.as('a', 'owner')`, `w.store`), not while the suite is being collected.
   */
  readonly w: RecordsWorld;
  /** Declares a test that runs on this engine, or is skipped when the engine does not answer. */
  readonly it: (title: string, fn: () => Promise<void>) => void;
}

/** The engines every records suite runs on, in this order. */
const RECORD_ENGINES: readonly DatabaseEngine[] = ['sqlite', 'postgres'];

/** A world whose every field and call goes to the world `current()` returns when it is used. */
function lateWorld(current: () => RecordsWorld): RecordsWorld {
  return {
    get store() {
      return current().store;
    },
    get base() {
      return current().base;
    },
    get a() {
      return current().a;
    },
    get b() {
      return current().b;
    },
    as: (clinic, role) => current().as(clinic, role),
    close: () => current().close(),
  };
}

/**
 * Runs a suite once per database engine, titled `<title> (sqlite)` and `<title> (postgres)`: each copy
 * opens its own two-clinic world served over HTTP before its tests and closes it after, and a test on an
 * engine that does not answer (PostgreSQL down outside CI) is skipped, not failed.
 * @example describeForEachEngine('clients over HTTP', ({ w, it }) => { it('lists', async () => { await w.as('a', 'owner'); }); });
 */
export function describeForEachEngine(title: string, suite: (s: EngineSuite) => void): void {
  describe.each(RECORD_ENGINES)(`${title} (%s)`, (engine) => {
    let world: RecordsWorld | undefined;
    let available = false;
    beforeAll(async () => {
      available = (await availableEngines()).includes(engine);
      if (available) world = await recordsWorld(engine);
    });
    afterAll(async () => {
      await world?.close();
    });
    suite({
      w: lateWorld(() => {
        if (world === undefined) throw new Error(`the ${engine} world is not open (read it inside a test)`);
        return world;
      }),
      it: (name, fn) =>
        vitestIt(name, async (ctx) => {
          if (!available) ctx.skip();
          await fn();
        }),
    });
  });
}
